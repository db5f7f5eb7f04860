package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.Count;

/**
 * The engine's counts for one party over one closed window {@code [from, to]}, the way a relational
 * implementation would get them: joins of the held transfers with their member and category rows,
 * then GROUP BY. The exposed people and their record counts are materialised once per window in a
 * temporary table and grouped from there, which is the fair thing to do for SQL: recomputing them
 * for each breakdown would be several times slower. Each query is timed on its own.
 */
final class SqlExposure {

  /** Transfers of the party held at some instant of the window ({@code HeldSpan.heldDuring}). */
  private static final String HELD =
      " s.to_party = ? AND s.at <= ? AND (s.until IS NULL OR (s.until > ? AND s.until > s.at))";

  private static final String EXPOSED =
      "INSERT INTO exposed_person (person_id, records)"
          + " SELECT m.person_id, COUNT(DISTINCT c.category)"
          + " FROM transfer_span s"
          + " JOIN transfer_member m ON m.transfer_id = s.id"
          + " JOIN transfer_category c ON c.transfer_id = s.id"
          + " WHERE"
          + HELD
          + " GROUP BY m.person_id";

  private static final String TOTALS =
      "SELECT COUNT(*), COALESCE(SUM(records), 0) FROM exposed_person";

  private static final String BY_CATEGORY =
      "SELECT c.category, COUNT(DISTINCT m.person_id)"
          + " FROM transfer_span s"
          + " JOIN transfer_category c ON c.transfer_id = s.id"
          + " JOIN transfer_member m ON m.transfer_id = s.id"
          + " WHERE"
          + HELD
          + " GROUP BY c.category";

  /**
   * People lawfully held at every instant of the window: their lawful intervals {@code [at,
   * lawful_until)} cover it with no gap. Sorted by start, an interval leaves a gap when it starts
   * after everything before it has ended; the gap matters if it falls inside the window.
   */
  private static final String CERTAIN =
      """
      WITH lawful AS (
        SELECT m.person_id, s.at AS held_from, COALESCE(s.lawful_until, ?) AS held_until
        FROM transfer_span s JOIN transfer_member m ON m.transfer_id = s.id
        WHERE s.to_party = ? AND s.at <= ?
          AND (s.lawful_until IS NULL OR (s.lawful_until > ? AND s.lawful_until > s.at))
      ), reach AS (
        SELECT person_id, held_from, held_until,
               MAX(held_until) OVER (PARTITION BY person_id ORDER BY held_from, held_until
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached
        FROM lawful
      )
      SELECT COUNT(*) FROM (
        SELECT person_id FROM reach
        GROUP BY person_id
        HAVING MIN(held_from) <= ? AND MAX(held_until) > ?
           AND COUNT(CASE WHEN held_from > reached AND reached <= ? AND held_from > ?
                          THEN 1 END) = 0
      ) certain""";

  /** Stands in for "not deleted" in interval arithmetic. */
  private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

  /** One window's counts and how long each query took. */
  record Timed(ExposureCounts counts, Map<String, Long> nanosByQuery) {

    long totalNanos() {
      return nanosByQuery.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final Connection connection;
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  private SqlExposure(Connection connection) {
    this.connection = connection;
  }

  /** Creates the per-connection scratch table; once before the first {@link #count}. */
  static void prepare(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(BaselineSchema.SCRATCH);
    }
    connection.commit();
  }

  static Timed count(Connection connection, String party, Instant from, Instant to)
      throws SQLException {
    SqlExposure query = new SqlExposure(connection);
    Object[] held = {party, LedgerLoader.timestamp(to), LedgerLoader.timestamp(from)};
    query.timed("exposed people", () -> query.exposed(held));
    long[] totals = query.timed("totals", query::totals);
    Map<String, Long> categories = query.timed("per category", () -> query.byCategory(held));
    Map<Breakdown, Map<String, Count>> breakdowns = new EnumMap<>(Breakdown.class);
    for (Breakdown breakdown : Breakdown.values()) {
      breakdowns.put(
          breakdown, query.timed("by " + breakdown.column(), () -> query.breakdown(breakdown)));
    }
    long certain = query.timed("certain", () -> query.certain(party, from, to));
    connection.commit();
    return new Timed(
        new ExposureCounts(totals[0], totals[1], certain, categories, breakdowns),
        Collections.unmodifiableMap(query.nanos));
  }

  private int exposed(Object[] held) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE TABLE exposed_person");
    }
    try (PreparedStatement insert = prepare(EXPOSED, held)) {
      return insert.executeUpdate();
    }
  }

  private long[] totals() throws SQLException {
    try (PreparedStatement select = prepare(TOTALS);
        ResultSet row = select.executeQuery()) {
      row.next();
      return new long[] {row.getLong(1), row.getLong(2)};
    }
  }

  private Map<String, Long> byCategory(Object[] held) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement select = prepare(BY_CATEGORY, held);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private Map<String, Count> breakdown(Breakdown breakdown) throws SQLException {
    String sql =
        "SELECT p."
            + breakdown.column()
            + ", COUNT(*), SUM(e.records)"
            + " FROM exposed_person e JOIN person p ON p.id = e.person_id"
            + " GROUP BY p."
            + breakdown.column();
    Map<String, Count> counts = new TreeMap<>();
    try (PreparedStatement select = prepare(sql);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        counts.put(breakdown.label(rows.getString(1)), new Count(rows.getLong(2), rows.getLong(3)));
      }
    }
    return counts;
  }

  private long certain(String party, Instant from, Instant to) throws SQLException {
    Object f = LedgerLoader.timestamp(from);
    Object t = LedgerLoader.timestamp(to);
    try (PreparedStatement select =
            prepare(CERTAIN, LedgerLoader.timestamp(NEVER), party, t, f, f, t, t, f);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private PreparedStatement prepare(String sql, @Nullable Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private <T> T timed(String query, SqlWork<T> work) throws SQLException {
    long start = System.nanoTime();
    T result = work.run();
    nanos.merge(query, System.nanoTime() - start, Long::sum);
    return result;
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }
}
