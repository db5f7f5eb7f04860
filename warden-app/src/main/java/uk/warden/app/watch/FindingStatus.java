package uk.warden.app.watch;

/** Where an unexplained loss stands. */
public enum FindingStatus {
  /** Found and not yet acted on. */
  OPEN,
  /** No longer found: an explanation recorded later accounts for the drop. */
  EXPLAINED,
  /** Raised as an availability incident. */
  INCIDENT
}
