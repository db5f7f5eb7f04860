package uk.warden.core.input;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input. {@code source} is the file name (never its contents); {@code row}
 * is 1-based as a spreadsheet user counts it (the header is row 1); {@code field} is a column name
 * or a path such as {@code parties[2].kind}. The reason must not quote personal data.
 */
public record InputProblem(
    String source, @Nullable Integer row, @Nullable String field, String reason, boolean textLine) {

  /** A problem in a table: {@code row} counts spreadsheet rows and {@code field} is a column. */
  public InputProblem(String source, @Nullable Integer row, @Nullable String field, String reason) {
    this(source, row, field, reason, false);
  }

  /** A problem in a structured text file: {@code line} is a line and {@code path} a field path. */
  public static InputProblem line(
      String source, @Nullable Integer line, @Nullable String path, String reason) {
    return new InputProblem(source, line, path, reason, true);
  }

  public static InputProblem at(String source, int row, String field, String reason) {
    return new InputProblem(source, row, field, reason);
  }

  public static InputProblem field(String source, String field, String reason) {
    return new InputProblem(source, null, field, reason);
  }

  public static InputProblem file(String source, String reason) {
    return new InputProblem(source, null, null, reason);
  }

  /**
   * {@code people.csv: row 7, column 'rank': unknown rank 'Captain'}, or for a YAML file {@code
   * register.yaml: line 12, field 'parties[2].kind': ...}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder(source);
    String sep = ": ";
    if (row != null) {
      text.append(sep).append(textLine ? "line " : "row ").append(row);
      sep = ", ";
    }
    if (field != null) {
      text.append(sep)
          .append(row != null && !textLine ? "column '" : "field '")
          .append(field)
          .append('\'');
    }
    return text.append(": ").append(reason).toString();
  }
}
