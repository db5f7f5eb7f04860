package uk.warden.app.disclosure;

/** Where an inspected file stands on its way out. */
public enum ReleaseStatus {
  /** Waiting for two different people to approve it, or for anyone to reject it. */
  PENDING,
  /** Approved by two different people: this file, by its SHA-256, may leave. */
  RELEASABLE,
  /** Someone refused it; a corrected file is inspected afresh. */
  REJECTED,
  /**
   * The inspection blocked it: it can never be approved as it is, only sanitised and re-inspected.
   */
  BLOCKED;

  public boolean decided() {
    return this != PENDING;
  }
}
