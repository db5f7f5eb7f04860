package uk.warden.core.register;

/**
 * The law that governs a processing activity (DOMAIN.md §0): workforce data falls under UK GDPR
 * with DPA 2018 Part 2; law-enforcement data under DPA 2018 Part 3. The regime decides the breach
 * template, the logging duty and the record-of-processing fields.
 */
public enum Regime {
  UK_GDPR("UK GDPR"),
  DPA_PART3("DPA 2018 Part 3");

  private final String label;

  Regime(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
