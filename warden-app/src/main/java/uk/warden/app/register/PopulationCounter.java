package uk.warden.app.register;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.PersonKind;

/**
 * Sizes the union of several systems' populations from per-kind counts, so that a party hosting
 * three systems over the same people counts each person once. For a system without a population
 * rule the reported record count is the best figure there is.
 */
final class PopulationCounter {

  private final Map<PersonKind, long[]> counts;

  PopulationCounter(Map<PersonKind, long[]> counts) {
    this.counts = counts;
  }

  long serving() {
    return counts.values().stream().mapToLong(c -> c[0]).sum();
  }

  long reach(List<DataSystem> systems) {
    Set<PersonKind> kinds = EnumSet.noneOf(PersonKind.class);
    Set<PersonKind> withLeavers = EnumSet.noneOf(PersonKind.class);
    long unruled = 0;
    for (DataSystem system : systems) {
      if (system.population().kinds().isEmpty()) {
        unruled = Math.max(unruled, system.recordCount());
        continue;
      }
      kinds.addAll(system.population().kinds());
      if (system.population().includesLeavers()) {
        withLeavers.addAll(system.population().kinds());
      }
    }
    long reach = 0;
    for (PersonKind kind : kinds) {
      long[] c = counts.getOrDefault(kind, new long[2]);
      reach += c[0] + (withLeavers.contains(kind) ? c[1] : 0);
    }
    return Math.max(reach, unruled);
  }
}
