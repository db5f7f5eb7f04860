package uk.warden.core.access;

/**
 * An open-addressing hash table from a packed (principal, system, day) key to the records read and
 * events counted in that cell, in one primitive array: ten million cells as boxed map entries would
 * take gigabytes, and with the key and its counts side by side an update touches one cache line.
 * Linear probing; {@code 0} marks an empty slot, so keys are stored plus one.
 *
 * <p>A cell's counts share one long: records read in the high 40 bits (saturating at about a
 * trillion) and events in the low 24 (saturating at about sixteen million a day).
 */
final class CellTable {

  private static final double LOAD = 0.6;
  private static final int EVENT_BITS = 24;
  private static final long MAX_EVENTS = (1L << EVENT_BITS) - 1;
  private static final long MAX_RECORDS = (1L << (63 - EVENT_BITS)) - 1;

  private long[] slots;
  private int size;
  private int mask;

  CellTable(int expectedCells) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) (expectedCells / LOAD)) - 1) << 1;
    allocate(capacity);
  }

  int size() {
    return size;
  }

  void add(long key, long recordsRead, long eventCount) {
    long stored = key + 1;
    int slot = slot(stored);
    while (slots[2 * slot] != 0) {
      if (slots[2 * slot] == stored) {
        long value = slots[2 * slot + 1];
        slots[2 * slot + 1] = pack(records(value) + recordsRead, events(value) + eventCount);
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = stored;
    slots[2 * slot + 1] = pack(recordsRead, eventCount);
    if (++size > LOAD * capacity()) {
      grow();
    }
  }

  /** The slot holding {@code key}, or -1. */
  int find(long key) {
    long stored = key + 1;
    int slot = slot(stored);
    while (slots[2 * slot] != 0) {
      if (slots[2 * slot] == stored) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  int capacity() {
    return slots.length / 2;
  }

  /** The key in {@code slot}, or -1 when the slot is empty. */
  long keyAt(int slot) {
    return slots[2 * slot] - 1;
  }

  long recordsAt(int slot) {
    return records(slots[2 * slot + 1]);
  }

  int eventsAt(int slot) {
    return (int) events(slots[2 * slot + 1]);
  }

  private static long pack(long records, long events) {
    // Sums of non-negative counts only overflow upwards: clamp rather than wrap.
    long r = records < 0 || records > MAX_RECORDS ? MAX_RECORDS : records;
    long e = events < 0 || events > MAX_EVENTS ? MAX_EVENTS : events;
    return (r << EVENT_BITS) | e;
  }

  private static long records(long value) {
    return value >>> EVENT_BITS;
  }

  private static long events(long value) {
    return value & MAX_EVENTS;
  }

  private int slot(long stored) {
    long h = stored * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32;
    return (int) h & mask;
  }

  private void grow() {
    long[] old = slots;
    allocate(capacity() << 1);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        reinsert(old[i], old[i + 1]);
      }
    }
  }

  private void reinsert(long stored, long value) {
    int slot = slot(stored);
    while (slots[2 * slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = stored;
    slots[2 * slot + 1] = value;
    size++;
  }

  private void allocate(int capacity) {
    if (capacity <= 0 || capacity > (1 << 29)) {
      throw new IllegalStateException("access volumes exceed half a billion cells");
    }
    slots = new long[2 * capacity];
    mask = capacity - 1;
  }
}
