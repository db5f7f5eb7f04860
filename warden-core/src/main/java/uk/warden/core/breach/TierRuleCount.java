package uk.warden.core.breach;

/** How many exposed people a risk rule placed: the evidence behind the tier counts. */
public record TierRuleCount(String rule, RiskTier tier, String reason, int people) {}
