package uk.warden.core.findings.risk;

import java.util.Objects;

/** One reason a supplier's score is what it is: the factor, the points it adds and why. */
public record Contribution(RiskFactor factor, int points, String reason) {

  public Contribution {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(reason, "reason");
    if (points < 0) {
      throw new IllegalArgumentException("a contribution adds points, never removes them");
    }
  }
}
