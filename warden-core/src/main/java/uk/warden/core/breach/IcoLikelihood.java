package uk.warden.core.breach;

/**
 * The form's scale for the likelihood of significant consequences. Seen in a close mirror of the
 * ICO form rather than the live form (DOMAIN.md §1.3): check before relying on the wording.
 */
public enum IcoLikelihood {
  VERY_LIKELY("Very likely"),
  LIKELY("Likely"),
  NEUTRAL("Neutral"),
  UNLIKELY("Unlikely"),
  VERY_UNLIKELY("Very unlikely");

  private final String label;

  IcoLikelihood(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
