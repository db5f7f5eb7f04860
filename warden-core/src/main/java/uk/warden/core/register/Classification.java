package uk.warden.core.register;

/** The three tiers of the Government Security Classifications Policy (2023). */
public enum Classification {
  OFFICIAL,
  SECRET,
  TOP_SECRET;

  public String label() {
    return name().replace('_', ' ');
  }
}
