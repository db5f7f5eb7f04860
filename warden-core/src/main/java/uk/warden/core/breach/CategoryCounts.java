package uk.warden.core.breach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;
import uk.warden.core.custody.PersonSet;

/**
 * Splits the exposed by how many categories each had exposed, without a per-person counter: the
 * category sets are added up as binary numbers held in bitmaps (one bitmap per bit), then the
 * slices are split into the people with each count. Counting records by a group then costs one pass
 * over the exposed instead of one pass per category.
 */
final class CategoryCounts {

  private CategoryCounts() {}

  /** Number of categories exposed, to the people with exactly that many; no empty entries. */
  static Map<Integer, PersonSet> split(PersonSet exposed, Collection<PersonSet> categories) {
    List<RoaringBitmap> bits = new ArrayList<>();
    for (PersonSet category : categories) {
      RoaringBitmap carry = category.toBitmap();
      for (int bit = 0; !carry.isEmpty(); bit++) {
        if (bit == bits.size()) {
          bits.add(carry);
          break;
        }
        RoaringBitmap slice = bits.get(bit);
        RoaringBitmap next = RoaringBitmap.and(slice, carry);
        slice.xor(carry);
        carry = next;
      }
    }
    Map<Integer, PersonSet> byCount = new TreeMap<>();
    split(exposed.toBitmap(), bits, bits.size() - 1, 0, byCount);
    byCount.remove(0);
    return byCount;
  }

  private static void split(
      RoaringBitmap people,
      List<RoaringBitmap> bits,
      int bit,
      int count,
      Map<Integer, PersonSet> out) {
    if (people.isEmpty()) {
      return;
    }
    if (bit < 0) {
      out.put(count, PersonSet.copyOf(people));
      return;
    }
    RoaringBitmap slice = bits.get(bit);
    split(RoaringBitmap.and(people, slice), bits, bit - 1, count | (1 << bit), out);
    split(RoaringBitmap.andNot(people, slice), bits, bit - 1, count, out);
  }
}
