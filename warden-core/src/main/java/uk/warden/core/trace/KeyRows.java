package uk.warden.core.trace;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The keys of many rows in one flat array, in row order: a fingerprint of 50,000 people is two
 * arrays rather than 50,000 small ones.
 */
public final class KeyRows {

  private final long[] keys;
  private final int[] ends;

  private KeyRows(long[] keys, int[] ends) {
    this.keys = keys;
    this.ends = ends;
  }

  public int size() {
    return ends.length;
  }

  /** The keys of row {@code i}, primary first; empty for a row with nothing to identify it. */
  public long[] row(int i) {
    return Arrays.copyOfRange(keys, i == 0 ? 0 : ends[i - 1], ends[i]);
  }

  long[] flatKeys() {
    return keys;
  }

  int[] rowEnds() {
    return ends;
  }

  static KeyRows of(long[] keys, int[] ends) {
    if (ends.length > 0 && ends[ends.length - 1] != keys.length) {
      throw new IllegalArgumentException("key rows do not end with the last key");
    }
    for (int i = 1; i < ends.length; i++) {
      if (ends[i] < ends[i - 1]) {
        throw new IllegalArgumentException("key rows end out of order");
      }
    }
    return new KeyRows(keys, ends);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KeyRows rows
        && Arrays.equals(keys, rows.keys)
        && Arrays.equals(ends, rows.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(ends);
  }

  /** Collects rows one at a time. */
  static final class Builder {
    private long[] keys = new long[64];
    private int[] ends = new int[16];
    private int keyCount;
    private int rowCount;

    Builder add(long[] row) {
      if (keyCount + row.length > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keyCount + row.length));
      }
      System.arraycopy(row, 0, keys, keyCount, row.length);
      keyCount += row.length;
      if (rowCount == ends.length) {
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      ends[rowCount++] = keyCount;
      return this;
    }

    KeyRows build() {
      return new KeyRows(Arrays.copyOf(keys, keyCount), Arrays.copyOf(ends, rowCount));
    }
  }
}
