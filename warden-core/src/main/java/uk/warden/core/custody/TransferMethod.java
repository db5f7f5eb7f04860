package uk.warden.core.custody;

/** How data left the force: the route matters when tracing which copies exist. */
public enum TransferMethod {
  FILE,
  API,
  PORTAL,
  /** Printed by a bureau: the spool and proofs are copies too (the 2023 warrant-card case). */
  PRINT_BUREAU,
  OTHER
}
