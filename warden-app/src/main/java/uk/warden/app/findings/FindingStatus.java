package uk.warden.app.findings;

/** Whether someone still has to act on a finding. */
public enum FindingStatus {
  OPEN,
  /** Resolved with a note; it stays resolved while the engine keeps finding it, until reopened. */
  RESOLVED
}
