package uk.warden.inspect.format.word;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.CellBudget;

/**
 * A Word table being read. Only a top-level table becomes a table for the sink; a table nested in a
 * cell adds its text to that cell. Columns count grid columns, so a cell spanning two columns moves
 * the next cell two columns on.
 */
final class WordTable {

  /** Table styles that draw borders only: white text in them sits on white. */
  private static final Set<String> PLAIN_STYLES = Set.of("TableGrid", "TableNormal");

  private final ContentSink sink;
  private final CellBudget cells;
  private final boolean topLevel;
  private final StringBuilder cell = new StringBuilder();
  private int row = -1;
  private int column;
  private int span = 1;
  private boolean inCell;
  private boolean styled;
  private boolean cellShaded;

  WordTable(ContentSink sink, CellBudget cells, boolean topLevel) {
    this.sink = sink;
    this.cells = cells;
    this.topLevel = topLevel;
  }

  void styled(@Nullable String style) {
    styled = style != null && !PLAIN_STYLES.contains(style);
  }

  void startRow() {
    row++;
    column = 0;
    span = 1;
    inCell = false;
  }

  void skipColumns(int count) {
    column += count;
  }

  void startCell() {
    if (inCell) {
      column += span;
    }
    inCell = true;
    span = 1;
    cellShaded = false;
    cell.setLength(0);
  }

  void span(int columns) {
    span = Math.max(1, columns);
  }

  void shadeCell(boolean coloured) {
    cellShaded |= coloured;
  }

  boolean inCell() {
    return inCell && topLevel;
  }

  int cellLength() {
    return cell.length();
  }

  void appendToCell(String text) {
    if (cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') {
      cell.append('\n');
    }
    cell.append(text);
  }

  /** The cell ends; the next cell starts after the columns this one spans. */
  void endCell() throws UnreadableException {
    if (topLevel && row >= 0 && !cell.toString().isBlank()) {
      cells.spend();
      sink.cell(row, column, cell.toString(), null);
    }
    cell.setLength(0);
    column += span;
    span = 1;
    inCell = false;
  }

  void finish() {
    cell.setLength(0);
  }

  boolean backgroundKnownWhite() {
    return !styled && !cellShaded;
  }
}
