package uk.warden.core.breach;

/** The "Data subjects" tick-list of the ICO breach report form, in the form's order. */
public enum IcoDataSubject {
  EMPLOYEES("Employees"),
  USERS("Users"),
  SUBSCRIBERS("Subscribers"),
  STUDENTS("Students"),
  CUSTOMERS_OR_PROSPECTIVE_CUSTOMERS("Customers or prospective customers"),
  PATIENTS("Patients"),
  CHILDREN("Children"),
  VULNERABLE_ADULTS("Vulnerable adults"),
  NOT_YET_KNOWN("Not yet known"),
  OTHER("Other");

  private final String label;

  IcoDataSubject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
