package uk.warden.inspect.sanitise;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Passes on the visible cells of one table (a sheet), a row at a time as a reader streams it, and
 * counts what it leaves out: other tables, hidden rows and columns, invisible cells. Everything
 * else a reader reports is ignored, because none of it goes into the CSV.
 */
final class VisibleTable implements ContentSink {

  /** Receives each visible row once it is complete, cells by column. */
  interface Rows {
    void row(int row, TreeMap<Integer, String> cells);
  }

  private final @Nullable String wanted;
  private final Rows rows;
  private final List<String> tables = new ArrayList<>();
  private final TreeMap<Integer, String> current = new TreeMap<>();
  private int currentRow = -1;
  private final TreeSet<Integer> hiddenRows = new TreeSet<>();
  private final TreeSet<Integer> hiddenColumns = new TreeSet<>();
  private @Nullable String chosen;
  private boolean inChosen;
  private long hiddenCells;

  /** {@code wanted} a sheet name, or null for the first visible table. */
  VisibleTable(@Nullable String wanted, Rows rows) {
    this.wanted = wanted;
    this.rows = rows;
  }

  @Override
  public void structure(HiddenContent code, Location location, long count, String detail) {}

  @Override
  public void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence text) {}

  @Override
  public void table(Location location, @Nullable HiddenContent hiddenBy) {
    flush();
    String name = location.part() == null ? location.file() : location.part();
    tables.add(name);
    inChosen =
        chosen == null && (wanted == null ? hiddenBy == null : SheetNames.matches(name, wanted));
    if (inChosen) {
      chosen = name;
    }
  }

  @Override
  public void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
    if (!inChosen) {
      return;
    }
    if (hiddenBy != null) {
      hiddenCells++;
      if (hiddenBy == HiddenContent.HIDDEN_ROWS || hiddenBy == HiddenContent.FILTERED_ROWS) {
        hiddenRows.add(row);
      } else if (hiddenBy == HiddenContent.HIDDEN_COLUMNS) {
        hiddenColumns.add(column);
      }
      return;
    }
    if (row != currentRow) {
      flush();
      currentRow = row;
    }
    current.put(column, value.toString());
  }

  /** Hands on the last row; call after the reader has finished. */
  void flush() {
    if (!current.isEmpty()) {
      rows.row(currentRow, new TreeMap<>(current));
      current.clear();
    }
  }

  @Override
  public void nested(Location location, String name, byte[] content) {}

  @Nullable String chosen() {
    return chosen;
  }

  List<String> tables() {
    return tables;
  }

  int hiddenRows() {
    return hiddenRows.size();
  }

  int hiddenColumns() {
    return hiddenColumns.size();
  }

  long hiddenCells() {
    return hiddenCells;
  }
}
