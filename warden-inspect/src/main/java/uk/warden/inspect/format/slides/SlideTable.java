package uk.warden.inspect.format.slides;

import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.CellBudget;

/**
 * A DrawingML table (a:tbl) being read. Merged-over cells (hMerge, vMerge) still take their grid
 * column, so the columns stay those of the grid.
 */
final class SlideTable {

  private static final int MAX_CELL = 1 << 20;

  private final ContentSink sink;
  private final CellBudget cells;
  private final StringBuilder cell = new StringBuilder();
  private int row = -1;
  private int column = -1;
  private boolean inCell;

  SlideTable(ContentSink sink, CellBudget cells) {
    this.sink = sink;
    this.cells = cells;
  }

  void startRow() {
    row++;
    column = -1;
  }

  void startCell() {
    column++;
    inCell = true;
    cell.setLength(0);
  }

  boolean inCell() {
    return inCell;
  }

  void newParagraph() {
    if (cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') {
      cell.append('\n');
    }
  }

  void append(String text) {
    if (cell.length() < MAX_CELL) {
      cell.append(text, 0, Math.min(text.length(), MAX_CELL - cell.length()));
    }
  }

  void endCell() throws UnreadableException {
    String value = cell.toString().strip();
    if (row >= 0 && !value.isEmpty()) {
      cells.spend();
      sink.cell(row, column, value, null);
    }
    inCell = false;
    cell.setLength(0);
  }
}
