package uk.warden.core.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A leak's rows as the index knows them, in leak order: the people keys of each recognised row
 * (each person once), the canaries sighted, and how many rows named nobody.
 *
 * @param people each recognised row's keys that some past extract held
 * @param canaries extract ordinal to the numbers of its canaries seen
 * @param headerSkipped the first row named nobody and was taken as a header
 */
record LeakRows(
    ColumnRoles roles,
    int rows,
    List<long[]> people,
    Map<Integer, Set<Integer>> canaries,
    int unrecognised,
    boolean headerSkipped) {

  static LeakRows read(
      List<List<String>> rows, ColumnRoles roles, ExtractIndex index, TraceKey key) {
    List<long[]> people = new ArrayList<>();
    Map<Integer, Set<Integer>> canaries = new TreeMap<>();
    Set<Long> seen = new HashSet<>();
    int unrecognised = 0;
    boolean headerSkipped = false;
    for (int r = 0; r < rows.size(); r++) {
      long[] keys = roles.keysOf(key, rows.get(r));
      if (sightCanary(keys, index, canaries)) {
        continue;
      }
      long[] known = known(keys, index);
      if (known.length > 0) {
        if (seen.add(known[0])) {
          people.add(known);
        }
      } else if (r == 0) {
        headerSkipped = true;
      } else {
        unrecognised++;
      }
    }
    return new LeakRows(roles, rows.size(), people, canaries, unrecognised, headerSkipped);
  }

  /**
   * A row is a canary when it has a canary's key that no real row ever had: a canary's name alone
   * may be a real person's too, and a real person must never raise a breach signal.
   */
  private static boolean sightCanary(
      long[] keys, ExtractIndex index, Map<Integer, Set<Integer>> canaries) {
    Map<Long, Integer> votes = new HashMap<>();
    for (long k : keys) {
      if (index.holders(k) == null) {
        for (long sighting : index.canarySightings(k)) {
          votes.merge(sighting, 1, Integer::sum);
        }
      }
    }
    if (votes.isEmpty()) {
      return false;
    }
    // Keys of one canary agree; a chance clash with another extract's canary has fewer votes.
    int most = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    votes.forEach(
        (sighting, count) -> {
          if (count == most) {
            canaries
                .computeIfAbsent((int) (sighting >>> 32), any -> new TreeSet<>())
                .add((int) (long) sighting);
          }
        });
    return true;
  }

  private static long[] known(long[] keys, ExtractIndex index) {
    int count = 0;
    long[] known = new long[keys.length];
    for (long k : keys) {
      if (index.holders(k) != null) {
        known[count++] = k;
      }
    }
    return Arrays.copyOf(known, count);
  }

  int recognised() {
    return people.size();
  }
}
