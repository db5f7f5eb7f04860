package uk.warden.inspect.scan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * Distinct identifiers by kind, kept as 64-bit hashes of the normalised value, so a directory of a
 * thousand files can say how many different people it names without keeping one name.
 */
public final class DistinctValues {

  private final Map<String, Roaring64Bitmap> byKind = new HashMap<>();

  void add(String kind, CharSequence value) {
    long hash = hash(value);
    if (hash != 0) {
      byKind.computeIfAbsent(kind, k -> new Roaring64Bitmap()).addLong(hash);
    }
  }

  public void addAll(DistinctValues other) {
    other.byKind.forEach(
        (kind, hashes) -> byKind.computeIfAbsent(kind, k -> new Roaring64Bitmap()).or(hashes));
  }

  public Map<String, Long> counts() {
    Map<String, Long> counts = new HashMap<>();
    byKind.forEach((kind, hashes) -> counts.put(kind, hashes.getLongCardinality()));
    return counts;
  }

  /** FNV-1a over upper-cased letters and digits, so spacing and case do not split a person. */
  private static long hash(CharSequence value) {
    long hash = 0xcbf29ce484222325L;
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
