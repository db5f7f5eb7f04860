package uk.warden.core.findings.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A party's risk score and every contribution to it, largest first; the score is their sum, so the
 * list explains it completely.
 */
public record PartyRisk(String party, String name, int score, List<Contribution> contributions) {

  public PartyRisk {
    contributions = List.copyOf(contributions);
    int sum = 0;
    for (Contribution contribution : contributions) {
      sum += contribution.points();
    }
    if (sum != score) {
      throw new IllegalArgumentException("a score must be the sum of its contributions");
    }
  }

  /** Points per factor, for a stacked bar. */
  public Map<RiskFactor, Integer> byFactor() {
    Map<RiskFactor, Integer> points = new EnumMap<>(RiskFactor.class);
    for (Contribution contribution : contributions) {
      points.merge(contribution.factor(), contribution.points(), Integer::sum);
    }
    return points;
  }
}
