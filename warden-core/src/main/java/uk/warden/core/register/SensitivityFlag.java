package uk.warden.core.register;

/**
 * Roles whose exposure puts the person or an operation at risk (DOMAIN.md §4.3, §8): the 2023
 * breaches mattered because of who these people were, not because of special-category data.
 */
public enum SensitivityFlag {
  COVERT("Covert"),
  COUNTER_TERRORISM("Counter-terrorism"),
  PROTECTION("Protection"),
  INTELLIGENCE("Intelligence");

  private final String label;

  SensitivityFlag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
