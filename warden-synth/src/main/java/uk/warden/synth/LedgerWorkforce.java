package uk.warden.synth;

import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * The people of {@link SyntheticLedger}: the national workforce split into forces of uneven size
 * (three big metropolitan forces, the rest smaller), and the attribute columns breach aggregates
 * group by. Only columns are made, never {@code Person} objects: a million of those is not what the
 * benchmarks measure.
 */
final class LedgerWorkforce {

  static final int FORCES = 43;

  // The codes of the England and Wales rank table, so the ledger's people load into a store.
  private static final String[] RANKS = {
    "PC", "PS", "INSP", "CI", "SUPT", "CSUPT", "ACC", "DCC", "CC"
  };
  private static final String[] GRADES = {"Band A", "Band B", "Band C", "Band D", "Band E"};
  private static final int UNITS_PER_FORCE = 50;

  private LedgerWorkforce() {}

  /** The first person index of each force, and {@code people} at the end. */
  static int[] forceStarts(int people, SplittableRandom random) {
    double[] weights = new double[FORCES];
    double total = 0;
    for (int f = 0; f < FORCES; f++) {
      weights[f] = 0.3 + random.nextDouble() * (f < 3 ? 6 : 1.7);
      total += weights[f];
    }
    int[] start = new int[FORCES + 1];
    for (int f = 0; f < FORCES; f++) {
      start[f + 1] = start[f] + (int) Math.round(people * weights[f] / total);
    }
    start[FORCES] = people;
    return start;
  }

  /** Mostly officers and staff; a sixth have left; ranks thin out towards the top. */
  static PersonAttributes attributes(int people, int[] forceStart, SplittableRandom random) {
    PersonAttributes.Builder builder = PersonAttributes.builder();
    PersonKind[] kinds = PersonKind.values();
    SensitivityFlag[] flags = SensitivityFlag.values();
    int force = 0;
    for (int id = 0; id < people; id++) {
      while (id >= forceStart[force + 1]) {
        force++;
      }
      double k = random.nextDouble();
      PersonKind kind =
          k < 0.55
              ? PersonKind.OFFICER
              : k < 0.90
                  ? PersonKind.STAFF
                  : k < 0.94 ? PersonKind.PCSO : kinds[random.nextInt(kinds.length)];
      double s = random.nextDouble();
      EmploymentStatus status =
          s < 0.15
              ? EmploymentStatus.LEFT
              : s < 0.155 ? EmploymentStatus.SUSPENDED : EmploymentStatus.SERVING;
      String rank =
          kind.ranked()
              ? RANKS[Math.min(RANKS.length - 1, (int) (-Math.log(1 - random.nextDouble()) * 1.2))]
              : GRADES[random.nextInt(GRADES.length)];
      String unit = "f" + force + "-u" + random.nextInt(UNITS_PER_FORCE);
      ClearanceLevel highest = clearance(random);
      Set<SensitivityFlag> flagged =
          random.nextDouble() < 0.03 ? Set.of(flags[random.nextInt(flags.length)]) : Set.of();
      builder.add(
          id,
          kind,
          status,
          rank,
          unit,
          highest,
          highest == null ? Set.of() : Set.of(highest),
          flagged);
    }
    return builder.build();
  }

  private static @Nullable ClearanceLevel clearance(SplittableRandom random) {
    double c = random.nextDouble();
    if (c < 0.10) {
      return null;
    }
    if (c < 0.55) {
      return ClearanceLevel.RV;
    }
    if (c < 0.80) {
      return ClearanceLevel.NPPV2F;
    }
    if (c < 0.92) {
      return ClearanceLevel.NPPV3;
    }
    if (c < 0.98) {
      return ClearanceLevel.SC;
    }
    return ClearanceLevel.DV;
  }
}
