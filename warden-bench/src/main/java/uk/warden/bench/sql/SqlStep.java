package uk.warden.bench.sql;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;

/**
 * The SQL baseline on one database: H2 always ({@code sql-h2}); PostgreSQL ({@code sql-pg}) when
 * {@code WARDEN_BENCH_PG_URL} names a server, as {@code WARDEN_BENCH_PG_USER} (default {@code
 * postgres}) with {@code WARDEN_BENCH_PG_PASSWORD} (default none). Reports each incident's SQL time
 * and its ratio to the in-memory time.
 */
public final class SqlStep implements BenchStep {

  static final double TARGET_RATIO = 100;

  private static final String COUNTS =
      "sql baseline counts, checked equal to the engine's for every case: exposed, records,"
          + " certain (possible = exposed - certain), people per category, people and records by"
          + " kind, status, rank or grade, unit and clearance; held = transfers minus transfer and"
          + " exit deletions, lawful = also before retention lapses, exactly as the engine defines"
          + " them, so any window works; tiers are not recomputed";

  /** Opens the database, or returns null when none is configured. */
  @FunctionalInterface
  interface Opener {
    @Nullable BaselineStore open() throws SQLException;
  }

  private final String name;
  private final String database;
  private final String notConfigured;
  private final Opener opener;

  private SqlStep(String name, String database, String notConfigured, Opener opener) {
    this.name = name;
    this.database = database;
    this.notConfigured = notConfigured;
    this.opener = opener;
  }

  /** A fresh H2 file database in the temporary folder, deleted afterwards. */
  public static SqlStep h2() {
    return new SqlStep(
        "sql-h2", "H2", "", () -> H2Store.open(Path.of(System.getProperty("java.io.tmpdir"))));
  }

  /** A schema of its own on the server {@code WARDEN_BENCH_PG_URL} names, dropped afterwards. */
  public static SqlStep postgres() {
    return new SqlStep(
        "sql-pg",
        "PostgreSQL",
        "set WARDEN_BENCH_PG_URL to include it",
        () -> {
          String url = env("WARDEN_BENCH_PG_URL", "");
          return url.isEmpty()
              ? null
              : PostgresStore.open(
                  url,
                  env("WARDEN_BENCH_PG_USER", "postgres"),
                  env("WARDEN_BENCH_PG_PASSWORD", ""));
        });
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run(BenchRun run) throws SQLException {
    try (BaselineStore store = opener.open()) {
      if (store == null) {
        run.report("sql baseline (" + database + "): not run; " + notConfigured);
        return;
      }
      run.reportOnce(COUNTS);
      report(run, SqlBaseline.run(store, run.ledger(), run.settings()));
    }
  }

  private static void report(BenchRun run, SqlBaseline.Result result) {
    run.report(
        "sql baseline ("
            + result.database()
            + "): loaded "
            + Figures.count(result.memberships())
            + " membership rows and the rest in "
            + Figures.seconds(result.loadNanos()));
    for (SqlBaseline.IncidentTiming timing : result.incidents()) {
      double sqlMillis = timing.median().nanos() / 1e6;
      BenchRun.ImpactTime memory = run.impactTime(timing.incident());
      double ratio = sqlMillis / memory.millis();
      run.report(
          "sql baseline ("
              + result.database()
              + ", "
              + timing.incident().label()
              + "): "
              + Figures.ms(sqlMillis)
              + " ms ("
              + timing.describe()
              + "); ratio "
              + Figures.ratio(ratio)
              + " to "
              + Figures.ms(memory.millis())
              + " ms in memory ("
              + memory.source()
              + "; target >= "
              + Figures.ratio(TARGET_RATIO)
              + ": "
              + Figures.verdict(ratio >= TARGET_RATIO)
              + ")");
      run.report(
          "    per query: "
              + timing.median().nanosByQuery().entrySet().stream()
                  .map(query -> query.getKey() + " " + Figures.ms(query.getValue() / 1e6) + " ms")
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
