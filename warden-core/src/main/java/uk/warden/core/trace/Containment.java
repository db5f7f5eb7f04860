package uk.warden.core.trace;

import org.jspecify.annotations.Nullable;
import org.roaringbitmap.RoaringBitmap;

/**
 * For each past extract, how many of a leak's recognised people it held. A row counts for an
 * extract only when the extract held every key the row has: a row whose pay number and name belong
 * to different people fits nobody.
 */
final class Containment {

  private Containment() {}

  static int[] count(LeakRows leak, ExtractIndex index) {
    int[] counts = new int[index.extractCount()];
    for (long[] keys : leak.people()) {
      RoaringBitmap held = heldBy(keys, index);
      if (held != null) {
        held.forEach((int ordinal) -> counts[ordinal]++);
      }
    }
    return counts;
  }

  static boolean holds(long[] keys, int ordinal, ExtractIndex index) {
    for (long k : keys) {
      if (!holds(k, ordinal, index)) {
        return false;
      }
    }
    return true;
  }

  static boolean holds(long key, int ordinal, ExtractIndex index) {
    RoaringBitmap holders = index.holders(key);
    return holders != null && holders.contains(ordinal);
  }

  private static @Nullable RoaringBitmap heldBy(long[] keys, ExtractIndex index) {
    RoaringBitmap held = index.holders(keys[0]);
    for (int i = 1; i < keys.length && held != null; i++) {
      RoaringBitmap other = index.holders(keys[i]);
      held = other == null ? null : RoaringBitmap.and(held, other);
    }
    return held;
  }
}
