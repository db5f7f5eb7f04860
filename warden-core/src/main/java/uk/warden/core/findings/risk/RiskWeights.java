package uk.warden.core.findings.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import uk.warden.core.findings.Severity;

/**
 * How many points each thing is worth. The standard weights make what a supplier holds (up to 35
 * for sensitivity, 15 for the high-risk combination, 20 for volume) outweigh any single gap (5 to
 * 10), so a breach-prone supplier of trivial data never ranks above a well-run one holding the
 * whole workforce's vetting levels, while gaps still separate suppliers that hold alike.
 *
 * @param topCategories how many of the most sensitive categories held add their risk weight (0-10)
 * @param specialCategory added once for any special category or criminal offence data
 * @param combination added for the high-risk combination
 * @param volume the most points for volume, given at the whole serving workforce or more
 * @param findingPoints points per open finding, by severity
 */
public record RiskWeights(
    int topCategories,
    int specialCategory,
    int combination,
    int volume,
    int cyberEssentialsPlus,
    int iso27001,
    int audit,
    int auditMonths,
    int noBreachClause,
    int slowBreachClause,
    int breachClauseMaxHours,
    int noRightToAudit,
    int noDeleteOrReturn,
    int unapprovedSubProcessor,
    int noAgreementInForce,
    int dataOutsideUk,
    Map<Severity, Integer> findingPoints) {

  public static final RiskWeights STANDARD =
      new RiskWeights(
          3,
          5,
          15,
          20,
          10,
          5,
          5,
          12,
          10,
          5,
          72,
          5,
          5,
          10,
          10,
          5,
          Map.of(Severity.LOW, 1, Severity.MEDIUM, 3, Severity.HIGH, 6, Severity.CRITICAL, 10));

  public RiskWeights {
    EnumMap<Severity, Integer> points = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      Integer value = findingPoints.get(severity);
      if (value == null || value < 0) {
        throw new IllegalArgumentException("finding points needed for every severity");
      }
      points.put(severity, value);
    }
    findingPoints = Collections.unmodifiableMap(points);
  }
}
