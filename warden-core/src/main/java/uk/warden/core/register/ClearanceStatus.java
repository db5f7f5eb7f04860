package uk.warden.core.register;

/** Whether a clearance can be relied on today. */
public enum ClearanceStatus {
  ACTIVE,
  PENDING,
  LAPSED,
  WITHDRAWN
}
