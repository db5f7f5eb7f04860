package uk.warden.core.breach;

import java.util.List;
import java.util.Objects;

/**
 * A row of the risk matrix: people meeting every condition get {@code tier}, unless an earlier rule
 * already placed them. {@code reason} is shown as the evidence for the tier.
 */
public record TierRule(String name, RiskTier tier, String reason, List<TierCondition> when) {

  public TierRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("risk rule has no name");
    }
    Objects.requireNonNull(tier, "tier");
    reason = reason == null ? "" : reason;
    if (when == null || when.isEmpty()) {
      throw new IllegalArgumentException("risk rule " + name + " has no condition");
    }
    when = List.copyOf(when);
  }
}
