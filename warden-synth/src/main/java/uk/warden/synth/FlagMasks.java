package uk.warden.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.register.SensitivityFlag;

/**
 * Sensitivity flags as a bit mask, so postings stay small and each person shares one of a handful
 * of immutable sets instead of allocating their own.
 */
final class FlagMasks {

  private static final SensitivityFlag[] FLAGS = SensitivityFlag.values();
  private static final int COMBINATIONS = 1 << FLAGS.length;

  private static final List<Set<SensitivityFlag>> SETS = sets();

  private static List<Set<SensitivityFlag>> sets() {
    List<Set<SensitivityFlag>> sets = new ArrayList<>(COMBINATIONS);
    for (int mask = 0; mask < COMBINATIONS; mask++) {
      Set<SensitivityFlag> set = EnumSet.noneOf(SensitivityFlag.class);
      for (SensitivityFlag flag : FLAGS) {
        if ((mask & bit(flag)) != 0) {
          set.add(flag);
        }
      }
      sets.add(Set.copyOf(set));
    }
    return List.copyOf(sets);
  }

  private FlagMasks() {}

  static int combinations() {
    return COMBINATIONS;
  }

  static int bit(SensitivityFlag flag) {
    return 1 << flag.ordinal();
  }

  static int of(Set<SensitivityFlag> flags) {
    int mask = 0;
    for (SensitivityFlag flag : flags) {
      mask |= bit(flag);
    }
    return mask;
  }

  static Set<SensitivityFlag> set(int mask) {
    return SETS.get(mask);
  }

  static boolean has(int mask, SensitivityFlag flag) {
    return (mask & bit(flag)) != 0;
  }
}
