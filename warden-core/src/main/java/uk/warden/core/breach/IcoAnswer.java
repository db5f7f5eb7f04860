package uk.warden.core.breach;

/** The form's three-way answer, as to "Is this a cyber incident?". */
public enum IcoAnswer {
  YES("Yes"),
  NO("No"),
  DONT_KNOW("Don't know");

  private final String label;

  IcoAnswer(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
