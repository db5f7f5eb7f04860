package uk.warden.core.register;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where data lives: in-house ({@code hostCode} null) or hosted by a party. {@code recordCount} is
 * the number of data subjects the system holds records on, as last reported.
 */
public record DataSystem(
    String code,
    String name,
    @Nullable String hostCode,
    Set<String> categories,
    Marking marking,
    long recordCount,
    Population population,
    @Nullable String owner) {

  public DataSystem {
    RegisterCodes.requireValid(code, "system");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("system " + code + " has no name");
    }
    categories = OrderedSets.sorted(categories);
    Objects.requireNonNull(marking, "marking");
    if (recordCount < 0) {
      throw new IllegalArgumentException("system " + code + " has a negative record count");
    }
    population = population == null ? Population.NOBODY : population;
  }

  public boolean inHouse() {
    return hostCode == null;
  }
}
