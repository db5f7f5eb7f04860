package uk.warden.watch.collect.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Durations;
import uk.warden.watch.collect.CollectionException;
import uk.warden.watch.collect.Collector;
import uk.warden.watch.collect.SystemVolume;

/**
 * Counts rows in a database: each configured table or query, summed into the system's objects and
 * kept per part. It connects through {@link DriverManager} for each collection (so it holds nothing
 * open between runs), read-only, in one repeatable-read transaction so every count comes from the
 * same moment, and rolls back. The JDBC driver is the caller's to put on the class path.
 */
public final class JdbcCollector implements Collector {

  private final String system;
  private final JdbcSettings settings;
  private final Clock clock;

  public JdbcCollector(String system, JdbcSettings settings) {
    this(system, settings, Clock.systemUTC());
  }

  public JdbcCollector(String system, JdbcSettings settings, Clock clock) {
    this.system = Objects.requireNonNull(system, "system");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String system() {
    return system;
  }

  public JdbcSettings settings() {
    return settings;
  }

  @Override
  public SystemVolume collect() throws CollectionException {
    Instant takenAt = clock.instant();
    Connection connection = connect();
    try (connection) {
      RowCounter counter = new RowCounter(connection, settings.queryTimeout());
      prepare(connection);
      try {
        Map<String, Long> parts = new LinkedHashMap<>();
        long objects = 0;
        for (RowCount count : settings.counts()) {
          Map<String, Long> counted = counted(counter, count);
          for (Map.Entry<String, Long> part : counted.entrySet()) {
            parts.merge(part.getKey(), part.getValue(), Long::sum);
            objects = Math.addExact(objects, part.getValue());
          }
          if (parts.size() > RowCounter.MAX_PARTS) {
            throw failure(
                "the counts name more than " + RowCounter.MAX_PARTS + " parts in all", null);
          }
        }
        long bytes = settings.bytesQuery() == null ? 0 : bytes(counter);
        return new SystemVolume(system, takenAt, objects, bytes, parts, null);
      } finally {
        rollbackQuietly(connection);
      }
    } catch (SQLException e) {
      // Only closing can get here: every count reports its own failure.
      throw failure("closing the connection failed", e);
    }
  }

  private Connection connect() throws CollectionException {
    Properties properties = new Properties();
    properties.putAll(settings.properties());
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password().reveal());
    }
    DriverTimeouts.apply(
        settings.url(), settings.loginTimeout(), settings.queryTimeout(), properties);
    try {
      return DriverManager.getConnection(settings.url(), properties);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState())
          && e.getMessage() != null
          && e.getMessage().startsWith("No suitable driver")) {
        throw failure("no JDBC driver for " + settings.shownUrl() + " on the class path", null);
      }
      throw failure("cannot connect to " + settings.shownUrl(), e);
    }
  }

  /**
   * Read-only first, so the database itself refuses any write a query might attempt; then one
   * snapshot for all counts. A driver without repeatable read still counts, each query at its own
   * moment.
   */
  private void prepare(Connection connection) throws CollectionException {
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      ReadOnlySession.enforce(connection);
    } catch (SQLException e) {
      throw failure("cannot make the connection read-only", e);
    }
    try {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    } catch (SQLException e) {
      // Not supported by this database: counts are still right, only not from one instant.
    }
  }

  private Map<String, Long> counted(RowCounter counter, RowCount count) throws CollectionException {
    try {
      if (count instanceof RowCount.Table table) {
        return Map.of(table.part(), counter.table(table.table()));
      }
      if (count instanceof RowCount.Query query) {
        return Map.of(query.part(), counter.number(query.sql()));
      }
      return counter.perPart(((RowCount.PerPart) count).sql());
    } catch (RowCounter.BadResult e) {
      throw failure(what(count) + " " + e.getMessage(), null);
    } catch (SQLException e) {
      throw failure(what(count) + " failed", e);
    }
  }

  private long bytes(RowCounter counter) throws CollectionException {
    try {
      return counter.number(Objects.requireNonNull(settings.bytesQuery()));
    } catch (RowCounter.BadResult e) {
      throw failure("the bytes query " + e.getMessage(), null);
    } catch (SQLException e) {
      throw failure("the bytes query failed", e);
    }
  }

  private static String what(RowCount count) {
    if (count instanceof RowCount.Table table) {
      return "counting the table " + table.table();
    }
    if (count instanceof RowCount.Query query) {
      return "the query for '" + query.part() + "'";
    }
    return "the per-part query";
  }

  /**
   * The failure named for the system, with the driver's reason. The reason is scrubbed of the
   * password, which some drivers echo in connection errors.
   */
  private CollectionException failure(String what, @Nullable SQLException cause) {
    if (cause == null) {
      return new CollectionException(system, what);
    }
    String reason;
    if (cause instanceof SQLTimeoutException || "57014".equals(cause.getSQLState())) {
      // 57014 is PostgreSQL's "canceling statement", which is how its query timeout ends a query.
      reason =
          "no answer within the timeout ("
              + Durations.format(settings.queryTimeout())
              + " per query, "
              + Durations.format(settings.loginTimeout())
              + " to log in)";
    } else {
      reason = String.valueOf(cause.getMessage());
    }
    if (cause.getSQLState() != null) {
      reason += " [SQLState " + cause.getSQLState() + "]";
    }
    if (settings.password() != null) {
      reason = settings.password().scrub(reason);
    }
    // The cause is not chained: its message and its own causes may repeat the password.
    return new CollectionException(system, what + ": " + reason);
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // Nothing was written; closing the connection ends the transaction anyway.
    }
  }
}
