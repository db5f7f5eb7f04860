package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * What hides cells on one sheet, whatever the file format: hidden rows and columns, filter areas,
 * merges, and which rows and columns hold data at all. Decides the {@code hiddenBy} of each cell as
 * it is streamed, and keeps the cells it reported invisible and why, for the findings.
 */
final class SheetLayout {

  final BitSet hiddenRows = new BitSet();
  final BitSet hiddenColumns = new BitSet();

  /** Rows a format marks as hidden by a filter itself (OpenDocument's visibility="filter"). */
  final BitSet filteredRows = new BitSet();

  final BitSet rowsWithContent = new BitSet();
  final BitSet columnsWithContent = new BitSet();
  final List<int[]> filterAreas = new ArrayList<>();
  final MergedAreas merges = new MergedAreas();

  /** Header and footer sections (oddHeader, ...) with their raw text. */
  final Map<String, String> headerFooter = new LinkedHashMap<>();

  private final Map<CellStyles.Concealment, Integer> concealedBy =
      new EnumMap<>(CellStyles.Concealment.class);
  private final CellSet reportedInvisible = new CellSet();
  private int underMerges;
  private final @Nullable HiddenContent sheetHiddenBy;
  private long contentCells;
  private int firstRow = Integer.MAX_VALUE;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastRow = -1;
  private int lastColumn = -1;

  SheetLayout(@Nullable HiddenContent sheetHiddenBy) {
    this.sheetHiddenBy = sheetHiddenBy;
  }

  @Nullable HiddenContent sheetHiddenBy() {
    return sheetHiddenBy;
  }

  /** A cell that holds a value. */
  void content(int row, int column) {
    rowsWithContent.set(row);
    columnsWithContent.set(column);
    contentCells++;
    firstRow = Math.min(firstRow, row);
    lastRow = Math.max(lastRow, row);
    firstColumn = Math.min(firstColumn, column);
    lastColumn = Math.max(lastColumn, column);
  }

  long contentCells() {
    return contentCells;
  }

  boolean hasContent() {
    return lastRow >= 0;
  }

  /** The range holding all data, e.g. {@code A1:D9501}, or null for an empty sheet. */
  @Nullable String usedRange() {
    return hasContent() ? A1.range(firstRow, firstColumn, lastRow, lastColumn) : null;
  }

  int[] usedArea() {
    return new int[] {firstRow, firstColumn, lastRow, lastColumn};
  }

  boolean filtered(int row) {
    if (filteredRows.get(row)) {
      return true;
    }
    for (int[] area : filterAreas) {
      if (row > area[0] && row <= area[2]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a cell with content is not seen, given the concealment its format shows ({@code NONE} for a
   * visible format), or null when it shows. Call in reading order.
   */
  @Nullable HiddenContent hiddenBy(int row, int column, CellStyles.Concealment why) {
    if (sheetHiddenBy != null) {
      return sheetHiddenBy;
    }
    if (hiddenRows.get(row)) {
      return filtered(row) ? HiddenContent.FILTERED_ROWS : HiddenContent.HIDDEN_ROWS;
    }
    if (hiddenColumns.get(column)) {
      return HiddenContent.HIDDEN_COLUMNS;
    }
    if (why != CellStyles.Concealment.NONE) {
      reportedInvisible.add(row, column);
      concealedBy.merge(why, 1, Integer::sum);
      return HiddenContent.INVISIBLE_CELLS;
    }
    if (merges.hides(row, column)) {
      reportedInvisible.add(row, column);
      underMerges++;
      return HiddenContent.INVISIBLE_CELLS;
    }
    return null;
  }

  /** A value found under a merge after the cells were handed over (large sheets only). */
  void coveredByMerge(int row, int column) {
    reportedInvisible.add(row, column);
    underMerges++;
  }

  CellSet reportedInvisible() {
    return reportedInvisible;
  }

  Map<CellStyles.Concealment, Integer> concealedBy() {
    return concealedBy;
  }

  int underMerges() {
    return underMerges;
  }
}
