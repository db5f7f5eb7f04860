package uk.warden.core.breach;

/** The three kinds of personal data breach the ICO distinguishes. */
public enum BreachType {
  /** Unauthorised disclosure of or access to personal data (PSNI, the warrant-card printer). */
  CONFIDENTIALITY,
  /** Unauthorised or accidental alteration. */
  INTEGRITY,
  /** Loss of access or destruction, temporary or permanent (the South Yorkshire BWV loss). */
  AVAILABILITY
}
