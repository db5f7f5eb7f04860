package uk.warden.core.breach;

import static uk.warden.core.custody.RandomLedger.between;
import static uk.warden.core.custody.RandomLedger.chance;
import static uk.warden.core.custody.RandomLedger.pick;
import static uk.warden.core.custody.RandomLedger.subset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.RandomLedger;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/**
 * Random attributes for the people of a {@link RandomLedger}. The last two indexes are never
 * registered, as happens when the ledger names someone the register has not loaded.
 */
record RandomPeople(List<Spec> specs) {

  static final int REGISTERED = RandomLedger.PEOPLE - 2;
  static final List<String> RANKS = List.of("PC", "SGT", "Band C");
  static final List<String> UNITS = List.of("ct", "response", "hr");

  record Spec(
      PersonKind kind,
      EmploymentStatus status,
      int rank,
      int unit,
      @Nullable ClearanceLevel highest,
      Set<ClearanceLevel> others,
      Set<SensitivityFlag> flags) {

    @Nullable String rankLabel() {
      return rank < 0 ? null : RANKS.get(rank);
    }

    @Nullable String unitLabel() {
      return unit < 0 ? null : UNITS.get(unit);
    }

    Set<ClearanceLevel> clearances() {
      Set<ClearanceLevel> all = EnumSet.noneOf(ClearanceLevel.class);
      all.addAll(others);
      if (highest != null) {
        all.add(highest);
      }
      return all;
    }
  }

  /**
   * Attributes for the {@value #REGISTERED} registered people: every kind and status, ranks and
   * units often unknown, no highest clearance four times in ten, and up to two further clearances
   * and flags, often none.
   */
  static RandomPeople random(SplittableRandom random) {
    List<Spec> specs = new ArrayList<>();
    for (int id = 0; id < REGISTERED; id++) {
      specs.add(
          new Spec(
              pick(random, List.of(PersonKind.values())),
              pick(random, List.of(EmploymentStatus.values())),
              between(random, -1, RANKS.size() - 1),
              between(random, -1, UNITS.size() - 1),
              chance(random, 0.4) ? null : pick(random, List.of(ClearanceLevel.values())),
              enumSet(ClearanceLevel.class, random),
              enumSet(SensitivityFlag.class, random)));
    }
    return new RandomPeople(List.copyOf(specs));
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, SplittableRandom random) {
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(subset(random, List.of(type.getEnumConstants()), 0, 2));
    return set;
  }

  PersonAttributes attributes() {
    PersonAttributes.Builder builder = PersonAttributes.builder();
    for (int id = 0; id < specs.size(); id++) {
      Spec s = specs.get(id);
      builder.add(
          id,
          s.kind(),
          s.status(),
          s.rankLabel(),
          s.unitLabel(),
          s.highest(),
          s.others(),
          s.flags());
    }
    return builder.build();
  }

  @Nullable Spec of(int id) {
    return id < specs.size() ? specs.get(id) : null;
  }

  static List<Integer> ids() {
    List<Integer> ids = new ArrayList<>();
    for (int id = 0; id < RandomLedger.PEOPLE; id++) {
      ids.add(id);
    }
    return ids;
  }
}
