package uk.warden.synth;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: how many people, from which seed, as seen on which day. Every date in the
 * generated force is relative to {@code asOf}, so the same spec always gives the same force.
 */
public record ForceSpec(int people, long seed, LocalDate asOf) {

  public static final int DEFAULT_PEOPLE = 45_000;
  public static final long DEFAULT_SEED = 2023L;

  public ForceSpec {
    if (people < 1) {
      throw new IllegalArgumentException("a force needs at least one person, not " + people);
    }
    Objects.requireNonNull(asOf, "asOf");
  }

  /** A force the size of a large English force (45,000 people), seeded with the breach year. */
  public static ForceSpec defaults(LocalDate asOf) {
    return new ForceSpec(DEFAULT_PEOPLE, DEFAULT_SEED, asOf);
  }

  public ForceSpec withPeople(int newPeople) {
    return new ForceSpec(newPeople, seed, asOf);
  }

  public ForceSpec withSeed(long newSeed) {
    return new ForceSpec(people, newSeed, asOf);
  }
}
