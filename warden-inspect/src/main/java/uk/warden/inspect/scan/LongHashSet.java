package uk.warden.inspect.scan;

import java.util.function.LongConsumer;

/**
 * A set of non-zero longs in one open-addressed array, for {@link DistinctValues}. The values are
 * hashes, spread over all 64 bits, which is the worst case for Roaring64Bitmap (a tree node per
 * value) and made counting distinct identifiers cost more than finding them in a large table; here
 * an insert is a multiply and, almost always, one or two array reads.
 */
final class LongHashSet {

  private static final int INITIAL_CAPACITY = 64;

  /** 0 marks an empty slot, so 0 itself cannot be held. */
  private long[] slots = new long[INITIAL_CAPACITY];

  private int size;
  private int shift = Long.numberOfLeadingZeros(INITIAL_CAPACITY - 1);

  /** Adds a non-zero value; returns whether it was new. */
  boolean add(long value) {
    if (value == 0) {
      throw new IllegalArgumentException("0 cannot be held");
    }
    // Grown at two thirds full, so a probe sequence stays short.
    if ((size + 1) * 3L > slots.length * 2L) {
      grow();
    }
    return insert(slots, value);
  }

  int size() {
    return size;
  }

  void forEach(LongConsumer action) {
    for (long value : slots) {
      if (value != 0) {
        action.accept(value);
      }
    }
  }

  private boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int slot = slot(value);
    long held;
    while ((held = table[slot]) != 0) {
      if (held == value) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = value;
    size++;
    return true;
  }

  /** Fibonacci hashing: the top bits of the product, so every bit of the value counts. */
  private int slot(long value) {
    return (int) ((value * 0x9E3779B97F4A7C15L) >>> shift);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    shift--;
    size = 0;
    for (long value : old) {
      if (value != 0) {
        insert(slots, value);
      }
    }
  }
}
