package uk.warden.watch.collect.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One thing a JDBC collector counts, named as the part its count is shown under. */
public sealed interface RowCount permits RowCount.Table, RowCount.Query, RowCount.PerPart {

  /** {@code table} or {@code schema.table}: plain identifiers, so no name can smuggle in SQL. */
  Pattern TABLE_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  /** The rows of one table; the part is named after the table unless named otherwise. */
  record Table(String part, String table) implements RowCount {
    public Table {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(table, "table");
      if (!TABLE_NAME.matcher(table).matches()) {
        throw new IllegalArgumentException(
            "a table is named by letters, digits and underscores, optionally as schema.table");
      }
    }
  }

  /** A read-only query that returns one row with one number, e.g. open cases only. */
  record Query(String part, String sql) implements RowCount {
    public Query {
      Objects.requireNonNull(part, "part");
      String problem = ReadOnlyQuery.problem(sql);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
  }

  /**
   * A read-only query returning rows of (part, count), e.g. {@code SELECT category, count(*) FROM
   * evidence GROUP BY category}: one part per row.
   */
  record PerPart(String sql) implements RowCount {
    public PerPart {
      String problem = ReadOnlyQuery.problem(sql);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
  }

  /** The part's name, or null when the rows name their own parts. */
  default @Nullable String part() {
    return this instanceof Table table
        ? table.part()
        : this instanceof Query query ? query.part() : null;
  }
}
