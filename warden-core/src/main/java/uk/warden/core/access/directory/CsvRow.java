package uk.warden.core.access.directory;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.PrincipalIds;
import uk.warden.core.access.ingest.LineError;

/**
 * One data line of a directory file, its cells by {@link Column}. Reading a cell that is wrong
 * records a problem naming the file, the line and the column, and marks the row bad, so a row
 * reports every bad cell at once and is then dropped.
 */
final class CsvRow {

  private final String source;
  private final int line;
  private final List<Column> columns;
  private final @Nullable String[] values;
  private final DirectoryProblems problems;
  private boolean bad;

  CsvRow(
      String source,
      int line,
      List<Column> columns,
      @Nullable String[] values,
      DirectoryProblems problems) {
    this.source = source;
    this.line = line;
    this.columns = columns;
    this.values = values;
    this.problems = problems;
  }

  String source() {
    return source;
  }

  int line() {
    return line;
  }

  /** The trimmed cell, or null when it is blank or the file has no such column. */
  @Nullable String text(Column column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("not a column of " + source + ": " + column.name());
    }
    return values[index];
  }

  /** The cell, or null with a problem when it is blank. */
  @Nullable String required(Column column) {
    String text = text(column);
    if (text == null) {
      problem(column, "is empty: a value is required");
    }
    return text;
  }

  /** A required principal or grant id, checked as {@link PrincipalIds} checks it. */
  @Nullable String id(Column column) {
    String text = required(column);
    if (text != null && !PrincipalIds.valid(text)) {
      problem(
          column,
          "is not a valid id: 1-"
              + PrincipalIds.MAX_LENGTH
              + " characters without spaces or control characters");
      return null;
    }
    return text;
  }

  /**
   * The cell read by {@code parser}, which throws {@link LineError} with the reason; null if blank.
   */
  <T> @Nullable T parsed(Column column, Function<String, T> parser) {
    String text = text(column);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (LineError e) {
      problem(column, String.valueOf(e.getMessage()));
      return null;
    }
  }

  void problem(@Nullable Column column, String reason) {
    bad = true;
    problems.add(source, line, column == null ? null : column.name(), reason);
  }

  boolean ok() {
    return !bad;
  }
}
