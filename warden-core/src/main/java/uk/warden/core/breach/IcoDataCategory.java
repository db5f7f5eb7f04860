package uk.warden.core.breach;

/**
 * The "Data involved" tick-list of the ICO personal data breach report form, in the form's order
 * and words (DOMAIN.md §1.3).
 */
public enum IcoDataCategory {
  RACIAL_ETHNIC_ORIGIN("Racial or ethnic origin"),
  POLITICAL_OPINIONS("Political opinions"),
  RELIGIOUS_PHILOSOPHICAL_BELIEFS("Religious or philosophical beliefs"),
  TRADE_UNION_MEMBERSHIP("Trade union membership"),
  SEX_LIFE("Sex life"),
  SEXUAL_ORIENTATION("Sexual orientation"),
  GENDER_REASSIGNMENT("Gender reassignment"),
  HEALTH("Health"),
  BASIC_PERSONAL_IDENTIFIERS("Basic personal identifiers, eg name, contact details"),
  IDENTIFICATION_DATA("Identification data, eg usernames, passwords"),
  ECONOMIC_FINANCIAL("Economic or financial data"),
  OFFICIAL_DOCUMENTS("Official documents, eg driving licences"),
  LOCATION_DATA("Location data"),
  GENETIC_BIOMETRIC("Genetic or biometric data"),
  CRIMINAL_CONVICTIONS_OFFENCES("Criminal convictions, offences"),
  NOT_YET_KNOWN("Not yet known"),
  OTHER("Other");

  private final String label;

  IcoDataCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
