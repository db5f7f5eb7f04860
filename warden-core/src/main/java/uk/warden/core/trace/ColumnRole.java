package uk.warden.core.trace;

/** What a column of an extract or a leak says about the person of its row. */
public enum ColumnRole {
  PAY_NUMBER,
  /** Any other value unique to a person: collar or warrant number, photo reference, e-mail. */
  IDENTIFIER,
  SURNAME,
  FORENAMES,
  /** A whole name in one cell. */
  FULL_NAME,
  /** Rank, unit, vetting level and the like: shared by many people, never a key. */
  OTHER;

  boolean isName() {
    return this == SURNAME || this == FORENAMES || this == FULL_NAME;
  }

  boolean identifies() {
    return this != OTHER;
  }
}
