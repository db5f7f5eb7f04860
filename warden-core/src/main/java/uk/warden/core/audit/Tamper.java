package uk.warden.core.audit;

/** What was done to the chain, as far as the verifier can tell from the entries left. */
public enum Tamper {
  ALTERED,
  REMOVED,
  INSERTED,
  REORDERED
}
