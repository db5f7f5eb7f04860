package uk.warden.inspect.policy;

/** What the sender says a file should hold, which decides how row-level personal data is judged. */
public enum Expectation {
  /** Nothing stated: visible personal data needs review. */
  UNSTATED,
  /** Counts and statistics only, as an FOI answer about headcounts: a table of people blocks. */
  AGGREGATE,
  /** Records of people on purpose, as a supplier extract: visible personal data is expected. */
  RECORDS
}
