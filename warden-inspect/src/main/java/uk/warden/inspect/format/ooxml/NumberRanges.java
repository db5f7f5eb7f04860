package uk.warden.inspect.format.ooxml;

import java.util.Collection;
import java.util.TreeSet;

/** Numbered places written compactly for a location: "paragraph 4", "slides 3-5, 9". */
public final class NumberRanges {

  /** Enough to find the places; a location is not a listing. */
  private static final int MAX_RUNS = 25;

  private NumberRanges() {}

  public static String label(String singular, Collection<Integer> numbers) {
    TreeSet<Integer> sorted = new TreeSet<>(numbers);
    if (sorted.isEmpty()) {
      return singular + "s";
    }
    return (sorted.size() == 1 ? singular : singular + "s") + " " + compact(sorted);
  }

  public static String compact(Collection<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    Integer start = null;
    Integer previous = null;
    int runs = 0;
    for (int n : new TreeSet<>(numbers)) {
      if (previous != null && n == previous + 1) {
        previous = n;
        continue;
      }
      if (start != null) {
        if (++runs > MAX_RUNS) {
          return text.append(", …").toString();
        }
        append(text, start, previous);
      }
      start = n;
      previous = n;
    }
    if (start != null) {
      if (++runs > MAX_RUNS) {
        return text.append(", …").toString();
      }
      append(text, start, previous);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, int start, int end) {
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(start);
    if (end > start) {
      text.append('-').append(end);
    }
  }
}
