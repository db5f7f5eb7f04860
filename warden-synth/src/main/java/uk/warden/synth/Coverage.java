package uk.warden.synth;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.register.Population;
import uk.warden.core.register.SensitivityFlag;

/**
 * Which of the people in a system's population it actually holds, and how many members of the
 * public besides (victims and suspects on video, firearms certificate holders, job applicants). The
 * population says who may be in a system; coverage says who is, and so fixes its record count.
 */
record Coverage(
    Coverage.Scope scope,
    double share,
    Set<String> unitCodes,
    Set<SensitivityFlag> flags,
    double publicPerPerson) {

  enum Scope {
    /** Everyone the population rule covers. */
    WHOLE_POPULATION,
    /** A fixed share of them, e.g. those ever referred to occupational health. */
    SHARE,
    /** Those posted to the given units. */
    UNITS,
    /** Those carrying any of the given flags. */
    FLAGGED
  }

  Coverage {
    unitCodes = Set.copyOf(unitCodes);
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    if (share < 0 || share > 1 || publicPerPerson < 0) {
      throw new IllegalArgumentException("coverage share out of range");
    }
  }

  static Coverage whole() {
    return new Coverage(Scope.WHOLE_POPULATION, 1, Set.of(), Set.of(), 0);
  }

  static Coverage share(double share) {
    return new Coverage(Scope.SHARE, share, Set.of(), Set.of(), 0);
  }

  static Coverage units(String... codes) {
    return new Coverage(Scope.UNITS, 1, Set.of(codes), Set.of(), 0);
  }

  static Coverage flagged(SensitivityFlag... flags) {
    return new Coverage(Scope.FLAGGED, 1, Set.of(), Set.copyOf(List.of(flags)), 0);
  }

  /** Adds members of the public: so many per member of the workforce, for scale. */
  Coverage plusPublic(double perPerson) {
    return new Coverage(scope, share, unitCodes, flags, perPerson);
  }

  long workforce(Census census, Population population) {
    return switch (scope) {
      case WHOLE_POPULATION -> census.inPopulation(population);
      case SHARE -> {
        long all = census.inPopulation(population);
        yield all == 0 ? 0 : Math.max(1, Math.round(all * share));
      }
      case UNITS -> census.inUnits(population, unitCodes);
      case FLAGGED -> census.withAnyFlag(population, flags);
    };
  }

  long publicRecords(int people) {
    return Math.round(publicPerPerson * people);
  }
}
