package uk.warden.app.crypto;

/**
 * A table whose values are sealed, as a key rotation sees it: walked in batches of its records in
 * id order, each batch re-sealing under the primary key what another key sealed.
 */
public interface SealedRecords {

  /** What the records are, for the rotation's report ("people"). */
  String what();

  /**
   * Re-seals, under the keyring's primary key, the records after {@code after} in id order, at most
   * {@code limit} of them looked at, that another key sealed. Runs in the caller's transaction.
   */
  Batch resealAfter(long after, int limit);

  /** How far a batch got: the last id looked at, how many looked at, how many re-sealed. */
  record Batch(long last, int looked, int resealed) {}
}
