package uk.warden.core.register.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of one data row, read by field, with problems reported at that row and under the
 * column's own header. Values are trimmed and blank means absent.
 */
final class RowCells {

  private final SourceRow row;
  private final Columns columns;
  private final ProblemLog problems;
  private final int maxCellLength;
  private final Set<PersonField> reported = EnumSet.noneOf(PersonField.class);
  private final List<Found> found = new ArrayList<>();

  private record Found(int position, @Nullable String column, String reason) {}

  RowCells(SourceRow row, Columns columns, ProblemLog problems, int maxCellLength) {
    this.row = row;
    this.columns = columns;
    this.problems = problems;
    this.maxCellLength = maxCellLength;
  }

  int rowNumber() {
    return row.number();
  }

  /** Whether the cell has any content, even content too long to use. */
  boolean present(PersonField field) {
    String cell = columns.cell(row, field);
    return cell != null && !cell.isBlank();
  }

  /** The trimmed value, or null when absent or too long to take (which is then reported). */
  @Nullable String text(PersonField field) {
    String cell = columns.cell(row, field);
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String value = cell.trim();
    if (value.length() > maxCellLength) {
      problem(field, "value is longer than " + maxCellLength + " characters");
      return null;
    }
    return value;
  }

  /** The value read by the parser, or null when absent or unreadable (which is then reported). */
  <T> @Nullable T parsed(PersonField field, Function<String, T> parser) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (BadValueException e) {
      problem(field, e.getMessage());
      return null;
    }
  }

  /** Notes a problem in the field's column; only the first for each field, to avoid echoes. */
  void problem(PersonField field, String reason) {
    if (reported.add(field)) {
      found.add(new Found(columns.position(field), columns.header(field), reason));
    }
  }

  /** Notes a problem with the row as a whole. */
  void rowProblem(String reason) {
    found.add(new Found(-1, null, reason));
  }

  /**
   * Reports the row's problems left to right, the order a user fixes a spreadsheet row in, rather
   * than the order the fields happened to be checked.
   */
  void report() {
    found.sort(Comparator.comparingInt(Found::position));
    found.forEach(f -> problems.at(row.number(), f.column(), f.reason()));
    found.clear();
  }

  /** Whether this row has already had a problem reported. */
  boolean hasProblems() {
    return !found.isEmpty();
  }
}
