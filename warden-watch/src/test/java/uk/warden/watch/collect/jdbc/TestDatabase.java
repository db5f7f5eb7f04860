package uk.warden.watch.collect.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A real database server on this machine, named by the environment as {@code .ci/run} sets it. One
 * that cannot be reached skips its tests, unless {@code warden.watch.databases.required=true} (CI),
 * when that is a failure.
 */
record TestDatabase(String name, String url, String user) {

  static final String REQUIRED = "warden.watch.databases.required";

  static TestDatabase postgres() {
    return new TestDatabase(
        "PostgreSQL",
        env("WARDEN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
        env("WARDEN_TEST_PG_USER", "postgres"));
  }

  static TestDatabase mariadb() {
    return new TestDatabase(
        "MariaDB",
        env("WARDEN_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
        env("WARDEN_TEST_MARIADB_USER", "root"));
  }

  /** An administrative connection for setting up and tearing down, or the test is skipped. */
  Connection connect() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", "");
    DriverTimeouts.apply(
        url, java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30), properties);
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      String message = name + " at " + url + " is not reachable (" + e.getMessage() + ")";
      if (Boolean.getBoolean(REQUIRED)) {
        fail(message + "; " + REQUIRED + " is true, so this is a failure");
      }
      abort(message + "; set " + REQUIRED + "=true to make this a failure");
      throw new AssertionError("not reached");
    }
  }

  static String uniqueTable() {
    return "warden_watch_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
