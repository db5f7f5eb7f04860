package uk.warden.bench.watch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.collect.jdbc.RowCount;

/**
 * The tables the JDBC systems count: {@code evidence_0} ... each of {@code rows} items, a third of
 * them DNA, in an H2 in-memory database, or in a schema of its own on the PostgreSQL server that
 * {@code WARDEN_BENCH_PG_URL} names. Everything is dropped on close.
 */
final class CountedTables implements AutoCloseable {

  private final Connection admin;
  private final String url;
  private final String user;
  private final @Nullable String schema;
  private final int tables;
  private final int rows;
  private final String product;

  private CountedTables(
      Connection admin, String url, String user, @Nullable String schema, int tables, int rows)
      throws SQLException {
    this.admin = admin;
    this.url = url;
    this.user = user;
    this.schema = schema;
    this.tables = tables;
    this.rows = rows;
    DatabaseMetaData meta = admin.getMetaData();
    this.product =
        meta.getDatabaseProductName()
            + " "
            + meta.getDatabaseProductVersion().strip().split("\\s+", 2)[0];
  }

  /** An in-memory H2 database, kept alive by the admin connection until close. */
  static CountedTables h2(int tables, int rows) throws SQLException {
    String url =
        "jdbc:h2:mem:warden-bench-watch-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1";
    Connection admin = DriverManager.getConnection(url, "warden", "");
    CountedTables counted = new CountedTables(admin, url, "warden", null, tables, rows);
    counted.create(
        "SELECT X, CASE MOD(X, 3) WHEN 0 THEN 'dna' WHEN 1 THEN 'cctv' ELSE 'bwv' END FROM SYSTEM_RANGE(1, "
            + rows
            + ")");
    return counted;
  }

  /** A schema of its own on a PostgreSQL server; the password, if any, from the environment. */
  static CountedTables postgres(String url, String user, String password, int tables, int rows)
      throws SQLException {
    Connection admin = DriverManager.getConnection(url, user, password);
    String schema = "warden_bench_watch_" + ProcessHandle.current().pid();
    try (Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      admin.close();
      throw e;
    }
    CountedTables counted = new CountedTables(admin, url, user, schema, tables, rows);
    counted.create(
        "SELECT x, CASE x % 3 WHEN 0 THEN 'dna' WHEN 1 THEN 'cctv' ELSE 'bwv' END FROM generate_series(1, "
            + rows
            + ") AS x");
    return counted;
  }

  private void create(String rowsQuery) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      for (int t = 0; t < tables; t++) {
        String table = table(t);
        statement.execute(
            "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, category VARCHAR(8))");
        statement.execute("INSERT INTO " + table + " " + rowsQuery);
      }
    }
  }

  String table(int index) {
    return (schema == null ? "" : schema + ".") + "evidence_" + index;
  }

  /** What one JDBC system counts: its table, its DNA items, and its items per category. */
  List<RowCount> counts(int system) {
    String table = table(system % tables);
    return List.of(
        new RowCount.Table("evidence", table),
        new RowCount.Query("dna", "SELECT count(*) FROM " + table + " WHERE category = 'dna'"),
        new RowCount.PerPart("SELECT category, count(*) FROM " + table + " GROUP BY category"));
  }

  /** The objects a correct count of any system finds: every row twice, and the DNA once more. */
  long expectedObjects() {
    return 2L * rows + rows / 3;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String product() {
    return product;
  }

  int tables() {
    return tables;
  }

  int rows() {
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = admin.createStatement()) {
      if (schema != null) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      } else {
        statement.execute("SHUTDOWN");
      }
    } finally {
      admin.close();
    }
  }
}
