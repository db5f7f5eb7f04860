package uk.warden.inspect.report;

/** The outcome for a file, in rising order of gravity. */
public enum Verdict {
  /** Nothing found that the policy objects to: the file may be released after sign-off. */
  PASS,
  /** Something a person must look at before release: metadata, hidden structure, visible data. */
  REVIEW,
  /** Must not leave as it is. */
  BLOCK;

  public Verdict worse(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
