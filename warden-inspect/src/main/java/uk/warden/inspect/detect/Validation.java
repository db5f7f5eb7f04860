package uk.warden.inspect.detect;

/**
 * What a detector's own check says about a candidate. An enum rather than a nullable boolean, so
 * "no check exists" is said out loud.
 */
public enum Validation {
  /** A check passed (checksum, prefix table, libphonenumber): the score rises. */
  CONFIRMED,
  /** A check failed: the candidate is dropped. */
  REJECTED,
  /** No check exists for this shape; the base score stands. */
  NO_OPINION
}
