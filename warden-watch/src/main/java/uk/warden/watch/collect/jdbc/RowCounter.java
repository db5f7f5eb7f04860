package uk.warden.watch.collect.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the counting statements on one connection. Results are checked by their column types before
 * any value is read, so a wrong query is reported by its shape and never by quoting a value it
 * returned, which could be personal data.
 */
final class RowCounter {

  /** More parts than anyone can read on a page: a per-part query grouping by the wrong column. */
  static final int MAX_PARTS = 10_000;

  /** What a per-part row with no part name counts under. */
  static final String NO_PART = "(none)";

  private static final Set<Integer> NUMBERS =
      Set.of(
          Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.NUMERIC, Types.DECIMAL);

  /** A query ran but returned the wrong shape of result. */
  static final class BadResult extends Exception {
    private static final long serialVersionUID = 1L;

    BadResult(String message) {
      super(message);
    }
  }

  private final Connection connection;
  private final int timeoutSeconds;

  RowCounter(Connection connection, Duration queryTimeout) {
    this.connection = connection;
    this.timeoutSeconds = DriverTimeouts.seconds(queryTimeout);
  }

  long table(String table) throws SQLException, BadResult {
    return number("SELECT COUNT(*) FROM " + quoted(table));
  }

  /** One row, one number; a NULL (a SUM over no rows) counts as nothing. */
  long number(String sql) throws SQLException, BadResult {
    try (Statement statement = statement(2);
        ResultSet rows = statement.executeQuery(ReadOnlyQuery.withoutFinalSemicolon(sql))) {
      ResultSetMetaData shape = rows.getMetaData();
      if (shape.getColumnCount() != 1) {
        throw new BadResult(
            "must return one number, but returns " + shape.getColumnCount() + " columns");
      }
      requireNumber(shape, 1);
      if (!rows.next()) {
        throw new BadResult("must return one row, but returns none");
      }
      long value = count(rows, 1);
      if (rows.next()) {
        throw new BadResult("must return one row, but returns more");
      }
      return value;
    }
  }

  /** Rows of (part, count), summed per part and sorted by part. */
  Map<String, Long> perPart(String sql) throws SQLException, BadResult {
    Map<String, Long> parts = new TreeMap<>();
    try (Statement statement = statement(MAX_PARTS + 1);
        ResultSet rows = statement.executeQuery(ReadOnlyQuery.withoutFinalSemicolon(sql))) {
      ResultSetMetaData shape = rows.getMetaData();
      if (shape.getColumnCount() != 2) {
        throw new BadResult(
            "must return rows of (part, count), but returns "
                + shape.getColumnCount()
                + " columns");
      }
      requireNumber(shape, 2);
      int read = 0;
      while (rows.next()) {
        if (++read > MAX_PARTS) {
          throw new BadResult("returns more than " + MAX_PARTS + " parts");
        }
        String part = rows.getString(1);
        parts.merge(part == null ? NO_PART : part, count(rows, 2), Long::sum);
      }
    }
    return parts;
  }

  private Statement statement(int maxRows) throws SQLException {
    Statement statement = connection.createStatement();
    try {
      statement.setQueryTimeout(timeoutSeconds);
      // A runaway result is cut off by the driver rather than read to the end.
      statement.setMaxRows(maxRows);
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static void requireNumber(ResultSetMetaData shape, int column)
      throws SQLException, BadResult {
    int type = shape.getColumnType(column);
    if (!NUMBERS.contains(type)) {
      throw new BadResult(
          "must return a whole number in column "
              + column
              + ", but it is of type "
              + typeName(type, shape.getColumnTypeName(column)));
    }
  }

  private static long count(ResultSet rows, int column) throws SQLException, BadResult {
    long value = rows.getLong(column);
    if (rows.wasNull()) {
      return 0;
    }
    if (value < 0) {
      throw new BadResult("returned a negative count");
    }
    return value;
  }

  private static String typeName(int type, String databaseName) {
    try {
      return JDBCType.valueOf(type).getName() + " (" + databaseName + ")";
    } catch (IllegalArgumentException e) {
      return databaseName;
    }
  }

  /**
   * The table name as the database would read it unquoted (folded to its case), then quoted, so a
   * name that is also a keyword ({@code user}, {@code order}) still counts the table.
   */
  private String quoted(String table) throws SQLException {
    DatabaseMetaData database = connection.getMetaData();
    String quote = database.getIdentifierQuoteString();
    StringBuilder quoted = new StringBuilder();
    for (String name : table.split("\\.")) {
      String folded =
          database.storesUpperCaseIdentifiers()
              ? name.toUpperCase(Locale.ROOT)
              : database.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
      if (quoted.length() > 0) {
        quoted.append('.');
      }
      quoted.append(quote.isBlank() ? folded : quote + folded + quote);
    }
    return quoted.toString();
  }
}
