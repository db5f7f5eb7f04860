package uk.warden.core.register;

/** Where a person stands with the force; leavers still count as data subjects. */
public enum EmploymentStatus {
  SERVING,
  SUSPENDED,
  LEFT
}
