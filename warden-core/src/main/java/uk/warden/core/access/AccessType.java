package uk.warden.core.access;

/** How far a grant reaches into a system, from looking at records to running the system. */
public enum AccessType {
  /** Consult records on screen. */
  READ,
  /** Take records out: export, print, report, bulk download. */
  EXPORT,
  /** Manage the system: accounts, configuration, every record. */
  ADMINISTER
}
