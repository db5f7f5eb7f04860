package uk.warden.inspect.format.sheet;

import java.util.Arrays;

/**
 * A compact, growable set of cell positions (row-major longs), for the few cells a sheet conceals
 * by format. Lookups are binary searches once {@link #freeze()} has sorted it.
 */
final class CellSet {

  private long[] cells = new long[16];
  private int size;
  private boolean sorted = true;
  private int firstRow = Integer.MAX_VALUE;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastRow = -1;
  private int lastColumn = -1;

  private static long key(int row, int column) {
    return ((long) row << 14) | column;
  }

  void add(int row, int column) {
    long key = key(row, column);
    if (size == cells.length) {
      cells = Arrays.copyOf(cells, size * 2);
    }
    if (size > 0 && cells[size - 1] >= key) {
      if (cells[size - 1] == key) {
        return;
      }
      sorted = false;
    }
    cells[size++] = key;
    firstRow = Math.min(firstRow, row);
    lastRow = Math.max(lastRow, row);
    firstColumn = Math.min(firstColumn, column);
    lastColumn = Math.max(lastColumn, column);
  }

  void clearAll() {
    size = 0;
    sorted = true;
    firstRow = Integer.MAX_VALUE;
    firstColumn = Integer.MAX_VALUE;
    lastRow = -1;
    lastColumn = -1;
  }

  void freeze() {
    if (!sorted) {
      Arrays.sort(cells, 0, size);
      sorted = true;
    }
  }

  boolean contains(int row, int column) {
    if (!sorted) {
      freeze();
    }
    return size > 0 && Arrays.binarySearch(cells, 0, size, key(row, column)) >= 0;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The cells as a location: a short list ({@code B2,D5}) or their bounding range. */
  String location() {
    if (size == 0) {
      return "";
    }
    freeze();
    if (size <= 10) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(A1.cell((int) (cells[i] >>> 14), (int) (cells[i] & 0x3FFF)));
      }
      return text.toString();
    }
    return A1.range(firstRow, firstColumn, lastRow, lastColumn);
  }
}
