package uk.warden.synth;

import java.util.EnumSet;
import java.util.Set;
import uk.warden.core.register.SensitivityFlag;

/**
 * Sensitivity flags as a bit mask, so postings stay small and each person shares one of a handful
 * of immutable sets instead of allocating their own.
 */
final class FlagMasks {

  private static final SensitivityFlag[] FLAGS = SensitivityFlag.values();
  private static final int COMBINATIONS = 1 << FLAGS.length;

  @SuppressWarnings("unchecked")
  private static final Set<SensitivityFlag>[] SETS = new Set[COMBINATIONS];

  static {
    for (int mask = 0; mask < COMBINATIONS; mask++) {
      Set<SensitivityFlag> set = EnumSet.noneOf(SensitivityFlag.class);
      for (SensitivityFlag flag : FLAGS) {
        if ((mask & bit(flag)) != 0) {
          set.add(flag);
        }
      }
      SETS[mask] = Set.copyOf(set);
    }
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
    return SETS[mask];
  }

  static boolean has(int mask, SensitivityFlag flag) {
    return (mask & bit(flag)) != 0;
  }
}
