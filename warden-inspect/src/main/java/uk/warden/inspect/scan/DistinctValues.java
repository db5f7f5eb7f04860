package uk.warden.inspect.scan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Distinct identifiers by kind, kept as 64-bit hashes of the normalised value, so a directory of a
 * thousand files can say how many different people it names without keeping one name.
 */
public final class DistinctValues {

  private static final long NOT_ASCII = 1;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private final Map<String, LongHashSet> byKind = new HashMap<>();

  void add(String kind, CharSequence value) {
    long hash = hash(value);
    if (hash != 0) {
      byKind.computeIfAbsent(kind, k -> new LongHashSet()).add(hash);
    }
  }

  public void addAll(DistinctValues other) {
    other.byKind.forEach(
        (kind, hashes) ->
            hashes.forEach(byKind.computeIfAbsent(kind, k -> new LongHashSet())::add));
  }

  public Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    byKind.forEach((kind, hashes) -> counts.put(kind, (long) hashes.size()));
    return counts;
  }

  /** FNV-1a over upper-cased letters and digits, so spacing and case do not split a person. */
  private static long hash(CharSequence value) {
    long ascii = asciiHash(value);
    return ascii != NOT_ASCII ? ascii : unicodeHash(value);
  }

  /**
   * The same hash without upper-casing a copy first, for the usual all-ASCII value: there
   * upper-casing is per character and letters and digits are plain ranges. Every identifier is
   * hashed, so the copy cost more than the rest of counting it. {@link #NOT_ASCII} otherwise; an
   * ASCII value that happens to hash to that number takes the slow path, which gives the same hash.
   */
  private static long asciiHash(CharSequence value) {
    long hash = FNV_OFFSET;
    boolean any = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 128) {
        return NOT_ASCII;
      }
      if (c >= 'a' && c <= 'z') {
        c -= 32;
      }
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        hash ^= c;
        hash *= 0x100000001b3L;
        any = true;
      }
    }
    return any ? hash : 0;
  }

  private static long unicodeHash(CharSequence value) {
    long hash = FNV_OFFSET;
    boolean any = false;
    String upper = value.toString().toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        hash ^= c;
        hash *= 0x100000001b3L;
        any = true;
      }
    }
    return any ? hash : 0;
  }
}
