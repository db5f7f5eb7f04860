package uk.warden.watch.collect.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes a session read-only where {@link Connection#setReadOnly} alone does not. JDBC calls it a
 * hint: PostgreSQL's driver turns it into a read-only transaction, but MariaDB's ignores it outside
 * replication setups (a test showed a function deleting rows from inside a SELECT), so there the
 * session is made read-only in SQL. On any database the transaction is rolled back at the end, so
 * nothing a query did is kept even where neither applies (H2 treats read-only as a hint too).
 */
final class ReadOnlySession {

  private ReadOnlySession() {}

  static void enforce(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("mariadb") || product.contains("mysql")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET SESSION TRANSACTION READ ONLY");
      }
    }
  }
}
