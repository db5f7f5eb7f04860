package uk.warden.inspect.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Occurrences of one code counted per place (file and part) and per reason hidden, with the cells
 * they span and the first masked example: one finding per group instead of one per cell.
 */
final class Tally {

  record Key(String code, String file, @Nullable String part, @Nullable HiddenContent hiddenBy) {}

  static final class Group {
    long count;
    int firstRow = Integer.MAX_VALUE;
    int lastRow = -1;
    int firstColumn = Integer.MAX_VALUE;
    int lastColumn = -1;
    String example = "";

    /** Masks the value only for the group's first example: the rest are counted, not kept. */
    void add(int row, int column, CharSequence value) {
      count++;
      if (row >= 0) {
        firstRow = Math.min(firstRow, row);
        lastRow = Math.max(lastRow, row);
        firstColumn = Math.min(firstColumn, column);
        lastColumn = Math.max(lastColumn, column);
      }
      if (example.isEmpty()) {
        example = Masking.mask(value);
      }
    }

    @Nullable String range() {
      return lastRow < 0 ? null : Columns.range(firstRow, lastRow, firstColumn, lastColumn);
    }
  }

  private final Map<Key, Group> groups = new LinkedHashMap<>();

  /** A value found in prose (no cell). */
  void add(String code, Location location, @Nullable HiddenContent hiddenBy, CharSequence value) {
    add(code, location, hiddenBy, -1, -1, value);
  }

  void add(
      String code,
      Location location,
      @Nullable HiddenContent hiddenBy,
      int row,
      int column,
      CharSequence value) {
    groups
        .computeIfAbsent(
            new Key(code, location.file(), location.part(), hiddenBy), k -> new Group())
        .add(row, column, value);
  }

  void forEach(BiConsumer<Key, Group> action) {
    groups.forEach(action);
  }
}
