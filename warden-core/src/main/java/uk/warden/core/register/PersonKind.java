package uk.warden.core.register;

/** What kind of member of the workforce a person is. */
public enum PersonKind {
  OFFICER("Police officer"),
  SPECIAL("Special constable"),
  PCSO("Police community support officer"),
  STAFF("Police staff"),
  CONTRACTOR("Contractor"),
  VOLUNTEER("Volunteer");

  private final String label;

  PersonKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether people of this kind hold a rank rather than a staff grade. */
  public boolean ranked() {
    return this == OFFICER || this == SPECIAL;
  }
}
