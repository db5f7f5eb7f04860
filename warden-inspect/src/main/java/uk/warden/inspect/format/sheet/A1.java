package uk.warden.inspect.format.sheet;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Excel's A1 notation: column letters, cell references, and the run lists locations use for hidden
 * rows ({@code 5:9,12:12}) and columns ({@code C:D}). Rows and columns are 0-based in code.
 */
final class A1 {

  /** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
  static final int MAX_ROWS = 1 << 20;

  static final int MAX_COLUMNS = 1 << 14;

  /** How many runs a location lists before it gives the outer bounds instead. */
  private static final int MAX_RUNS = 20;

  private A1() {}

  static String column(int column) {
    StringBuilder letters = new StringBuilder(3);
    int n = column + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      letters.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return letters.toString();
  }

  static String cell(int row, int column) {
    return column(column) + (row + 1);
  }

  static String range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    String first = cell(firstRow, firstColumn);
    return firstRow == lastRow && firstColumn == lastColumn
        ? first
        : first + ":" + cell(lastRow, lastColumn);
  }

  /**
   * Parses a cell reference such as {@code B12} or {@code $B$12} into {row, column}; null when it
   * is not one or lies outside Excel's grid.
   */
  static int @Nullable [] parseCell(@Nullable CharSequence ref) {
    if (ref == null) {
      return null;
    }
    int i = 0;
    int length = ref.length();
    if (i < length && ref.charAt(i) == '$') {
      i++;
    }
    int column = 0;
    int letters = 0;
    while (i < length) {
      char c = ref.charAt(i);
      char upper = (char) (c & ~0x20);
      if (upper < 'A' || upper > 'Z') {
        break;
      }
      column = column * 26 + (upper - 'A' + 1);
      if (++letters > 3) {
        return null;
      }
      i++;
    }
    if (i < length && ref.charAt(i) == '$') {
      i++;
    }
    int row = 0;
    int digits = 0;
    while (i < length) {
      char c = ref.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      row = row * 10 + (c - '0');
      if (++digits > 7) {
        return null;
      }
      i++;
    }
    if (letters == 0 || digits == 0 || row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) {
      return null;
    }
    return new int[] {row - 1, column - 1};
  }

  /** The column of a reference such as {@code AB12} (0-based), or -1. */
  static int parseColumn(CharSequence letters) {
    int column = 0;
    int count = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c == '$') {
        continue;
      }
      char upper = (char) (c & ~0x20);
      if (upper < 'A' || upper > 'Z' || ++count > 3) {
        return -1;
      }
      column = column * 26 + (upper - 'A' + 1);
    }
    return count == 0 || column > MAX_COLUMNS ? -1 : column - 1;
  }

  /**
   * Parses an area such as {@code A1:D9}, {@code $A:$C}, {@code 5:9} or a single cell into {first
   * row, first column, last row, last column}; null when it is not an area.
   */
  static int @Nullable [] parseArea(@Nullable String area) {
    if (area == null || area.isEmpty()) {
      return null;
    }
    String text = area.trim();
    int colon = text.indexOf(':');
    String first = colon < 0 ? text : text.substring(0, colon);
    String last = colon < 0 ? text : text.substring(colon + 1);
    int[] a = parseCell(first);
    int[] b = parseCell(last);
    if (a != null && b != null) {
      return new int[] {
        Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])
      };
    }
    if (colon < 0) {
      return null;
    }
    int firstColumn = parseColumn(first);
    int lastColumn = parseColumn(last);
    if (firstColumn >= 0 && lastColumn >= 0) {
      return new int[] {
        0, Math.min(firstColumn, lastColumn), MAX_ROWS - 1, Math.max(firstColumn, lastColumn)
      };
    }
    int firstRow = parseRow(first);
    int lastRow = parseRow(last);
    if (firstRow >= 0 && lastRow >= 0) {
      return new int[] {
        Math.min(firstRow, lastRow), 0, Math.max(firstRow, lastRow), MAX_COLUMNS - 1
      };
    }
    return null;
  }

  private static int parseRow(String digits) {
    String text = digits.startsWith("$") ? digits.substring(1) : digits;
    if (text.isEmpty() || text.length() > 7) {
      return -1;
    }
    int row = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      row = row * 10 + (c - '0');
    }
    return row >= 1 && row <= MAX_ROWS ? row - 1 : -1;
  }

  /** Runs of set rows as Excel writes row ranges: {@code 5:9,12:12} (1-based). */
  static String rowRuns(BitSet rows) {
    return runs(rows, false);
  }

  /** Runs of set columns as Excel writes column ranges: {@code C:D,F:F}. */
  static String columnRuns(BitSet columns) {
    return runs(columns, true);
  }

  private static String runs(BitSet set, boolean columns) {
    StringBuilder text = new StringBuilder();
    int runs = 0;
    int start = set.nextSetBit(0);
    while (start >= 0) {
      int end = set.nextClearBit(start) - 1;
      if (++runs > MAX_RUNS) {
        int first = set.nextSetBit(0);
        int last = set.length() - 1;
        return label(first, columns) + ":" + label(last, columns) + " (" + runCount(set) + " runs)";
      }
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(label(start, columns)).append(':').append(label(end, columns));
      start = set.nextSetBit(end + 1);
    }
    return text.toString();
  }

  private static int runCount(BitSet set) {
    int count = 0;
    int start = set.nextSetBit(0);
    while (start >= 0) {
      count++;
      start = set.nextSetBit(set.nextClearBit(start));
    }
    return count;
  }

  private static String label(int index, boolean column) {
    return column ? column(index) : Integer.toString(index + 1);
  }
}
