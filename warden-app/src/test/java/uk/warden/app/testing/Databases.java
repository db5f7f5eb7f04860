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
 * dropped afterwards. PostgreSQL tests are never skipped: without a server they fail, saying why.
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
    pg.execute("CREATE SCHEMA " + schema);
    String url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource(url, pg.user(), pg.password(), true);
    Runnable drop =
        () -> {
          dataSource.destroy();
          pg.execute("DROP SCHEMA " + schema + " CASCADE");
        };
    try {
      migrate(dataSource, schema);
    } catch (RuntimeException e) {
      drop.run();
      throw e;
    }
    return new TestDatabase(Engine.POSTGRESQL, url, dataSource, drop);
  }

  private static void migrate(SingleConnectionDataSource dataSource, String schema) {
    var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (schema != null) {
      config.schemas(schema);
    }
    config.load().migrate();
  }

  private static String randomName() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The PostgreSQL server of this JVM, started on first use. */
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
      pg.execute("SELECT 1");
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
              + "). PostgreSQL refuses to run as root; run the tests as an ordinary user, or"
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

  /** Where the PostgreSQL server is, and a way to run administrative statements on it. */
  private record PgServer(String url, String user, String password) {

    void execute(String sql) {
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "PostgreSQL at " + withoutParameters(url) + " refused '" + sql + "': " + e.getMessage(),
            e);
      }
    }

    private static String withoutParameters(String url) {
      int params = url.indexOf('?');
      return params < 0 ? url : url.substring(0, params);
    }
  }
}
