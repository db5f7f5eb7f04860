package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merged cell areas of a sheet. A merge shows only its top-left cell; values kept in the other
 * cells of the area are in the file but never displayed. Queried in row order with a sweep, so a
 * sheet with thousands of merges costs little per cell.
 */
final class MergedAreas {

  private final List<int[]> areas = new ArrayList<>();
  private final List<int[]> active = new ArrayList<>();
  private boolean sorted;
  private int next;
  private int lastRow = -1;

  void add(int[] area) {
    if (area[0] != area[2] || area[1] != area[3]) {
      areas.add(area);
      sorted = false;
    }
  }

  boolean isEmpty() {
    return areas.isEmpty();
  }

  /** Whether a cell lies inside a merge without being the cell the merge displays. */
  boolean hides(int row, int column) {
    if (areas.isEmpty()) {
      return false;
    }
    if (!sorted) {
      areas.sort(Comparator.comparingInt(a -> a[0]));
      sorted = true;
      reset();
    }
    if (row < lastRow) {
      reset();
    }
    lastRow = row;
    while (next < areas.size() && areas.get(next)[0] <= row) {
      active.add(areas.get(next++));
    }
    active.removeIf(area -> area[2] < row);
    if (active.size() > A1.MAX_COLUMNS) {
      // Excel never lets merged areas overlap, so one row meets at most one per column.
      throw new Refusal("the sheet's merged areas overlap (a damaged or crafted file)");
    }
    for (int[] area : active) {
      if (column >= area[1] && column <= area[3]) {
        return row != area[0] || column != area[1];
      }
    }
    return false;
  }

  private void reset() {
    next = 0;
    active.clear();
    lastRow = -1;
  }
}
