package uk.warden.core.register.ascode;

import java.util.List;
import java.util.Locale;

/** Explains an unknown field name, suggesting the allowed one it is most likely a typo of. */
final class FieldNames {

  private static final int MAX_TYPO_DISTANCE = 2;

  private FieldNames() {}

  static String unknown(String name, List<String> allowed) {
    String shown = ScalarReader.shown(name);
    String closest = null;
    int best = MAX_TYPO_DISTANCE + 1;
    for (String candidate : allowed) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < best) {
        best = distance;
        closest = candidate;
      }
    }
    return closest != null
        ? "unknown field '" + shown + "'; did you mean '" + closest + "'?"
        : "unknown field '" + shown + "'; allowed: " + String.join(", ", allowed);
  }

  /** Levenshtein distance; field names are short, so the quadratic table is fine. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_TYPO_DISTANCE) {
      return MAX_TYPO_DISTANCE + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
