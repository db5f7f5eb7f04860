package uk.warden.bench.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.warden.core.breach.Count;
import uk.warden.core.breach.Exposure;

/**
 * The counts of one case (one window) that the baseline recomputes and checks: people exposed,
 * records (person-category pairs), people certainly exposed, people per category, and people and
 * records by each {@link Breakdown}. Possible is exposed minus certain on both sides. Tiers are
 * left out: the risk matrix is rules over sets, not a query.
 */
record ExposureCounts(
    long exposed,
    long records,
    long certain,
    Map<String, Long> byCategory,
    Map<Breakdown, Map<String, Count>> breakdowns) {

  ExposureCounts {
    byCategory = Collections.unmodifiableSortedMap(new TreeMap<>(byCategory));
    Map<Breakdown, Map<String, Count>> copy = new EnumMap<>(Breakdown.class);
    breakdowns.forEach(
        (b, counts) -> copy.put(b, Collections.unmodifiableSortedMap(new TreeMap<>(counts))));
    breakdowns = Collections.unmodifiableMap(copy);
  }

  /** What the engine computed for the case. */
  static ExposureCounts of(Exposure exposure) {
    Map<String, Long> categories = new TreeMap<>();
    exposure.byCategory().forEach((key, people) -> categories.put(key, (long) people.size()));
    Map<Breakdown, Map<String, Count>> breakdowns = new EnumMap<>(Breakdown.class);
    for (Breakdown breakdown : Breakdown.values()) {
      breakdowns.put(breakdown, breakdown.of(exposure.aggregates()));
    }
    return new ExposureCounts(
        exposure.exposed().size(),
        exposure.records(),
        exposure.certain().size(),
        categories,
        breakdowns);
  }

  /** Each count that differs, as "what: ours vs theirs"; empty when they agree. */
  List<String> differences(ExposureCounts other) {
    List<String> differences = new ArrayList<>();
    compare("exposed", exposed, other.exposed, differences);
    compare("records", records, other.records, differences);
    compare("certain", certain, other.certain, differences);
    compareMaps("category", byCategory, other.byCategory, differences);
    for (Breakdown breakdown : Breakdown.values()) {
      compareMaps(
          breakdown.column(),
          breakdowns.getOrDefault(breakdown, Map.of()),
          other.breakdowns.getOrDefault(breakdown, Map.of()),
          differences);
    }
    return differences;
  }

  private static void compare(String what, Object ours, Object theirs, List<String> out) {
    if (!Objects.equals(ours, theirs)) {
      out.add(what + ": " + ours + " vs " + theirs);
    }
  }

  private static <V> void compareMaps(
      String what, Map<String, V> ours, Map<String, V> theirs, List<String> out) {
    TreeSet<String> keys = new TreeSet<>(ours.keySet());
    keys.addAll(theirs.keySet());
    for (String key : keys) {
      compare(what + " " + key, ours.get(key), theirs.get(key), out);
    }
  }
}
