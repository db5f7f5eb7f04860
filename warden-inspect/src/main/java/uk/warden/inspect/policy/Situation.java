package uk.warden.inspect.policy;

/** What the policy decides on; each finding falls in exactly one. Keys are the policy file's. */
public enum Situation {
  /** Personal data inside hidden content: a hidden sheet, a comment, text under a box. */
  PERSONAL_DATA_HIDDEN("personal-data-hidden", "personal data in hidden content"),
  /** Personal data anyone opening the file sees, in a file not expected to hold records. */
  PERSONAL_DATA_VISIBLE("personal-data-visible", "visible personal data"),
  /** Visible personal data in a file declared to hold records (e.g. a supplier extract). */
  PERSONAL_DATA_EXPECTED("personal-data-expected", "visible personal data in a file of records"),
  /** A table of people, row by row, in a file declared to hold only aggregates (PSNI). */
  ROW_LEVEL_IN_AGGREGATE(
      "row-level-in-aggregate", "row-level personal data in an aggregate answer"),
  /** Identity joined with rank, unit, location, vetting or photo (DOMAIN.md §4.3). */
  HIGH_RISK_COMBINATION("high-risk-combination", "a high-risk combination of columns"),
  /** Values matching people in the force's register. */
  WORKFORCE_MATCH("workforce-match", "people from the force's own workforce"),
  /** Passwords, door codes, keys. */
  SECRET("secret", "a credential or access code"),
  /** Hidden or missable structure with no personal data found in it. */
  HIDDEN_STRUCTURE("hidden-structure", "hidden content"),
  /** Document properties, image metadata, headers and footers. */
  METADATA("metadata", "metadata"),
  /** What could not be read: encrypted, image-only, damaged parts. Never passes. */
  UNINSPECTABLE("uninspectable", "content that could not be inspected");

  private final String key;
  private final String description;

  Situation(String key, String description) {
    this.key = key;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String description() {
    return description;
  }
}
