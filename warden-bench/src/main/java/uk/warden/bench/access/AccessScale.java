package uk.warden.bench.access;

import java.time.LocalDate;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.access.AccessPlan;

/**
 * The sizes the findings step runs at. Full: the demo force's shape at 100,000 people, twelve
 * direct grants per serving account on top of the role groups' (about 1.1 million grants), and ten
 * million events over a quarter; a million of them written as a log for the reader. Smoke: the same
 * shape, small enough for every build.
 */
record AccessScale(int people, int extraGrantsPerUser, long events, int parseEvents, int days) {

  static final AccessScale FULL = new AccessScale(100_000, 12, 10_000_000, 1_000_000, 90);
  static final AccessScale SMOKE = new AccessScale(3_000, 5, 60_000, 20_000, 90);

  static final long SEED = 2023;
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  ForceSpec spec() {
    return new ForceSpec(people, SEED, AS_OF);
  }

  AccessPlan plan() {
    return new AccessPlan(true, days, 1.0, extraGrantsPerUser);
  }
}
