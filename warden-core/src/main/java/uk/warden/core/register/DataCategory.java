package uk.warden.core.register;

import java.util.Objects;

/**
 * A data category from the taxonomy. {@code riskWeight} (0–10) is the contextual risk of the
 * category in the hands of someone hostile: not its legal class (rank and unit are ordinary data
 * but dangerous in combination) but what its exposure does to a police officer.
 */
public record DataCategory(
    String key,
    String name,
    Regime regime,
    LegalClass legalClass,
    int riskWeight,
    CategoryRole role,
    String description) {

  public DataCategory {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(legalClass, "legalClass");
    Objects.requireNonNull(role, "role");
    if (riskWeight < 0 || riskWeight > 10) {
      throw new IllegalArgumentException("risk weight of " + key + " must be 0–10");
    }
  }
}
