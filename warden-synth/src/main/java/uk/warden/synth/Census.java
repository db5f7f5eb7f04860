package uk.warden.synth;

import java.util.Set;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.SensitivityFlag;

/**
 * Head counts taken in a first pass over postings alone (tens of milliseconds per 100,000 people),
 * so that system record counts and collar-number ranges agree exactly with the people generated
 * later, without holding those people in memory.
 */
final class Census {

  /** Collar-number groups within a unit code: sergeants, constables, specials, PCSOs. */
  static final int SERGEANTS = 0;

  static final int CONSTABLES = 1;
  static final int SPECIALS = 2;
  static final int PCSOS = 3;
  static final int GROUPS = 4;

  private static final int KINDS = PersonKind.values().length;

  private final UnitCatalogue units;

  /** [unit][kind][0 in post, 1 left]. */
  private final long[][][] byUnit;

  /** [flag mask][kind][0 in post, 1 left]. */
  private final long[][][] byFlags;

  /** [collar code][group]. */
  private final int[][] collarHolders;

  private Census(UnitCatalogue units) {
    this.units = units;
    this.byUnit = new long[units.size()][KINDS][2];
    this.byFlags = new long[FlagMasks.combinations()][KINDS][2];
    this.collarHolders = new int[units.collarCodes().size()][GROUPS];
  }

  static Census take(ForceSpec spec, UnitCatalogue units, PostingPlanner planner) {
    Census census = new Census(units);
    for (int index = 0; index < spec.people(); index++) {
      census.count(planner.plan(index, Seeds.forPerson(spec.seed(), index)));
    }
    return census;
  }

  /** Which collar-number group a posting belongs to, or -1 if it carries no collar number. */
  static int collarGroup(Posting posting) {
    return switch (posting.kind()) {
      case OFFICER -> {
        String rank = posting.rankCode();
        if ("PS".equals(rank)) {
          yield SERGEANTS;
        }
        // Inspectors and above do not display a collar number.
        yield "PC".equals(rank) ? CONSTABLES : -1;
      }
      case SPECIAL -> SPECIALS;
      case PCSO -> PCSOS;
      default -> -1;
    };
  }

  private void count(Posting posting) {
    int kind = posting.kind().ordinal();
    int left = posting.left() ? 1 : 0;
    byUnit[posting.unitIndex()][kind][left]++;
    byFlags[posting.flagMask()][kind][left]++;
    int group = collarGroup(posting);
    if (group >= 0) {
      collarHolders[units.collarIndex(posting.unitIndex())][group]++;
    }
  }

  /** People the population rule covers. */
  long inPopulation(Population population) {
    long total = 0;
    for (long[][] unit : byUnit) {
      total += matching(unit, population);
    }
    return total;
  }

  /** People the population rule covers who are posted to one of the given units. */
  long inUnits(Population population, Set<String> unitCodes) {
    long total = 0;
    for (String code : unitCodes) {
      total += matching(byUnit[units.indexOf(code)], population);
    }
    return total;
  }

  /** People the population rule covers who carry any of the given flags. */
  long withAnyFlag(Population population, Set<SensitivityFlag> flags) {
    int wanted = FlagMasks.of(flags);
    long total = 0;
    for (int mask = 0; mask < byFlags.length; mask++) {
      if ((mask & wanted) != 0) {
        total += matching(byFlags[mask], population);
      }
    }
    return total;
  }

  int collarHolders(int collarIndex, int group) {
    return collarHolders[collarIndex][group];
  }

  private static long matching(long[][] counts, Population population) {
    long total = 0;
    for (PersonKind kind : population.kinds()) {
      total += counts[kind.ordinal()][0];
      if (population.includesLeavers()) {
        total += counts[kind.ordinal()][1];
      }
    }
    return total;
  }
}
