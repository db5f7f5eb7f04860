package uk.warden.app.watch;

/** How a snapshot reached Warden. */
public enum SnapshotSource {
  /** Counted by {@code warden watch collect}. */
  COLLECTED,
  /** Sent by the system itself through the API. */
  PUSHED,
  /** Generated for the demo force. */
  DEMO
}
