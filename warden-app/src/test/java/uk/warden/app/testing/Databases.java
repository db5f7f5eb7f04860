package uk.warden.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fresh, migrated databases for store tests, on H2 and on PostgreSQL.
 *
 * <p>H2: a private in-memory database per test, in PostgreSQL mode as the app runs it. It lives as
 * long as the test's single connection.
 *
 * <p>PostgreSQL: the server named by {@code WARDEN_TEST_PG_URL} (user {@code WARDEN_TEST_PG_USER},
 * default {@code postgres}; password {@code WARDEN_TEST_PG_PASSWORD}, default empty), or else one
 * embedded PostgreSQL started lazily and shared by the whole JVM. Each test gets its own schema,
 * created empty, migrated by Flyway, and dropped afterwards; the connections are reused from test
 * to test because opening one costs more than the test. PostgreSQL tests are never skipped: without
 * a server they fail, saying why.
 */
public final class Databases {

  public static final String PG_URL_ENV = "WARDEN_TEST_PG_URL";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private static volatile PgServer server;
  private static volatile RuntimeException serverFailure;

  private Databases() {}

  /** A new, migrated, empty database on the engine; close it to throw it away. */
  public static TestDatabase open(Engine engine) {
    return switch (engine) {
      case H2 -> openH2();
      case POSTGRESQL -> openPostgres();
    };
  }

  /** A JDBC URL of a new private H2 in-memory database, as the app's embedded store is opened. */
  public static String h2Url(String prefix) {
    return "jdbc:h2:mem:" + prefix + "-" + randomName() + H2_OPTIONS;
  }

  /**
   * A JDBC URL of a new H2 in-memory database for an application started by a test: kept while the
   * test's context lives, even between its connections.
   */
  public static String h2AppUrl(String prefix) {
    return h2Url(prefix) + ";DB_CLOSE_DELAY=-1";
  }

  private static TestDatabase openH2() {
    String url = h2Url("store");
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
    try {
      migrate(dataSource, null);
    } catch (RuntimeException e) {
      dataSource.destroy();
      throw e;
    }
    return new TestDatabase(Engine.H2, url, dataSource, dataSource::destroy);
  }

  private static TestDatabase openPostgres() {
    PgServer pg = server();
    String schema = "t_" + randomName();
    Connection connection = pg.borrow();
    try {
      execute(connection, "CREATE SCHEMA " + schema);
      execute(connection, "SET search_path TO " + schema);
    } catch (RuntimeException e) {
      pg.discard(connection);
      throw e;
    }
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
    Runnable drop = () -> pg.dropAndGiveBack(connection, schema);
    try {
      migrate(dataSource, schema);
    } catch (RuntimeException e) {
      drop.run();
      throw e;
    }
    String url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(Engine.POSTGRESQL, url, dataSource, drop);
  }

  private static void migrate(DataSource dataSource, String schema) {
    var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (schema != null) {
      config.schemas(schema);
    }
    config.load().migrate();
  }

  private static void execute(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
    }
  }

  private static String randomName() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The PostgreSQL server of this JVM, found or started on first use. */
  private static PgServer server() {
    if (server == null) {
      synchronized (Databases.class) {
        if (serverFailure != null) {
          throw serverFailure;
        }
        if (server == null) {
          try {
            server = startServer();
          } catch (RuntimeException e) {
            serverFailure = e;
            throw e;
          }
        }
      }
    }
    return server;
  }

  private static PgServer startServer() {
    String url = System.getenv(PG_URL_ENV);
    if (url != null && !url.isBlank()) {
      PgServer pg =
          new PgServer(
              url.trim(),
              envOr("WARDEN_TEST_PG_USER", "postgres"),
              envOr("WARDEN_TEST_PG_PASSWORD", ""));
      pg.dropAndGiveBack(pg.borrow(), null);
      return pg;
    }
    try {
      EmbeddedPostgres embedded =
          EmbeddedPostgres.builder()
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setRegisterShutdownHook(true)
              .start();
      return new PgServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL store tests could not start the embedded PostgreSQL ("
              + e.getMessage()
              + "). PostgreSQL refuses to run as root: run the tests as an ordinary user, or"
              + " point them at a server with "
              + PG_URL_ENV
              + "=jdbc:postgresql://127.0.0.1:5432/test (user from WARDEN_TEST_PG_USER).",
          e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Where the PostgreSQL server is, with the idle connections tests hand back. */
  private record PgServer(
      String url, String user, String password, ConcurrentLinkedDeque<Connection> idle) {

    PgServer(String url, String user, String password) {
      this(url, user, password, new ConcurrentLinkedDeque<>());
    }

    Connection borrow() {
      Connection connection;
      while ((connection = idle.poll()) != null) {
        if (valid(connection)) {
          return connection;
        }
        discard(connection);
      }
      try {
        connection = DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot connect to PostgreSQL at " + withoutParameters(url) + ": " + e.getMessage(), e);
      }
      // Test data need not survive a crash of the server; commits need not wait for the disk.
      execute(connection, "SET synchronous_commit TO off");
      return connection;
    }

    /** Undoes whatever the test left open, drops its schema and keeps the connection. */
    void dropAndGiveBack(Connection connection, String schema) {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        execute(connection, "RESET search_path");
        if (schema != null) {
          execute(connection, "DROP SCHEMA " + schema + " CASCADE");
        }
        idle.push(connection);
      } catch (SQLException | RuntimeException e) {
        discard(connection);
        if (schema != null) {
          Connection fresh = borrow();
          execute(fresh, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          idle.push(fresh);
        }
      }
    }

    void discard(Connection connection) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Already broken; nothing more to release.
      }
    }

    private static boolean valid(Connection connection) {
      try {
        return connection.isValid(2);
      } catch (SQLException e) {
        return false;
      }
    }

    private static String withoutParameters(String url) {
      int params = url.indexOf('?');
      return params < 0 ? url : url.substring(0, params);
    }
  }
}
