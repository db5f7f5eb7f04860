package uk.warden.inspect.format.sheet;

import java.util.Arrays;

/**
 * Holds back the cells of a small sheet until its whole part is read, because Excel writes merged
 * areas and filters after the cells and they decide whether a cell is seen. A sheet that grows past
 * {@link #HELD_CELLS} is streamed from then on (its merges are checked afterwards by a second
 * pass), so memory stays flat for a 100,000-row sheet.
 */
final class CellQueue implements SheetCells.Consumer {

  static final int HELD_CELLS = 100_000;

  private final Reporter reporter;
  private final SheetLayout layout;
  private final CellSet outside;
  private int[] rows = new int[64];
  private int[] columns = new int[64];
  private String[] values = new String[64];
  private CellStyles.Concealment[] concealments = new CellStyles.Concealment[64];
  private int held;
  private boolean streaming;

  CellQueue(Reporter reporter, SheetLayout layout, CellSet outside) {
    this.reporter = reporter;
    this.layout = layout;
    this.outside = outside;
  }

  @Override
  public void cell(
      int row, int column, String text, CellStyles.Concealment why, boolean reachesOutside) {
    if (reachesOutside) {
      outside.add(row, column);
    }
    if (text.isEmpty()) {
      return;
    }
    if (streaming) {
      reporter.cell(row, column, text, layout.hiddenBy(row, column, why));
      return;
    }
    reporter.ensureRoom(held + 1L);
    if (held == rows.length) {
      int size = held * 2;
      rows = Arrays.copyOf(rows, size);
      columns = Arrays.copyOf(columns, size);
      values = Arrays.copyOf(values, size);
      concealments = Arrays.copyOf(concealments, size);
    }
    rows[held] = row;
    columns[held] = column;
    values[held] = text;
    concealments[held] = why;
    held++;
    if (held > HELD_CELLS) {
      release();
      streaming = true;
    }
  }

  /** Hands over the cells still held, judged with everything the part said. */
  void release() {
    for (int i = 0; i < held; i++) {
      reporter.cell(
          rows[i], columns[i], values[i], layout.hiddenBy(rows[i], columns[i], concealments[i]));
      values[i] = null;
    }
    held = 0;
  }

  /** Whether cells were streamed before the merges after them were known. */
  boolean streamed() {
    return streaming;
  }
}
