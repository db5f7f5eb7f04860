package uk.warden.inspect.policy;

/** Finding codes that are neither hidden-content codes nor personal-data types. */
public final class Codes {

  /** Values matching people in the force's register. */
  public static final String WORKFORCE_MATCH = "WORKFORCE_MATCH";

  /** A table joining identity with rank, unit, location, vetting or photo. */
  public static final String HIGH_RISK_COMBINATION = "HIGH_RISK_COMBINATION";

  /** A table of identifiable people, row by row. */
  public static final String ROW_LEVEL_DATA = "ROW_LEVEL_DATA";

  private Codes() {}
}
