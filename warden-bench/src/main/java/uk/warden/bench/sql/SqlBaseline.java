package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.warden.bench.BenchIncident;
import uk.warden.bench.BenchSettings;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.synth.SyntheticLedger;

/**
 * The baseline on one database: loads the ledger, then for each benchmark incident computes the
 * counts of each of its cases in SQL over the windows the engine resolved, fails unless they equal
 * the engine's, and times them. An incident's SQL time is the sum over its cases, as the engine's
 * time covers both cases of an unknown window.
 */
public final class SqlBaseline {

  /** One repetition of an incident: the total, and each query summed over the cases. */
  public record Repetition(long nanos, Map<String, Long> nanosByQuery) {}

  /**
   * An incident's SQL: the median of the timed runs. When there was more than one run, the first
   * only warmed the caches and is not among the timed.
   */
  public record IncidentTiming(
      BenchIncident incident, Repetition median, int timedRuns, boolean warmedUp) {

    /** "median of 3 runs after a warm-up", "1 run, cold". */
    public String describe() {
      String runs = timedRuns == 1 ? "1 run" : "median of " + timedRuns + " runs";
      return runs + (warmedUp ? " after a warm-up" : ", cold");
    }
  }

  public record Result(
      String database, long loadNanos, long memberships, List<IncidentTiming> incidents) {}

  private final BaselineStore store;
  private final SyntheticLedger ledger;
  private final BenchSettings settings;

  private SqlBaseline(BaselineStore store, SyntheticLedger ledger, BenchSettings settings) {
    this.store = store;
    this.ledger = ledger;
    this.settings = settings;
  }

  public static Result run(BaselineStore store, SyntheticLedger ledger, BenchSettings settings)
      throws SQLException {
    long start = System.nanoTime();
    LedgerLoader.load(store, ledger.ledger(), ledger.retention(), ledger.attributes());
    long load = System.nanoTime() - start;
    SqlExposure.prepare(store.connection());
    SqlBaseline baseline = new SqlBaseline(store, ledger, settings);
    List<IncidentTiming> timings = new ArrayList<>();
    for (BenchIncident incident : BenchIncident.values()) {
      timings.add(baseline.time(incident));
    }
    return new Result(store.name(), load, ledger.ledger().membershipCount(), timings);
  }

  private IncidentTiming time(BenchIncident benchIncident) throws SQLException {
    Incident incident = benchIncident.of(ledger);
    if (incident.parties().size() != 1) {
      throw new IllegalArgumentException("the SQL baseline asks about one party at a time");
    }
    String party = incident.parties().iterator().next();
    Impact impact =
        ImpactEngine.assess(
            incident, ledger.ledger(), ledger.attributes(), RiskMatrix.standard(), ledger.now());
    List<Exposure> cases =
        impact.windowKnown()
            ? List.of(impact.bestCase())
            : List.of(impact.worstCase(), impact.bestCase());
    List<Repetition> runs = new ArrayList<>();
    long spent = 0;
    while (runs.size() < settings.sqlRuns()
        && (runs.isEmpty() || spent < settings.sqlBudget().toNanos())) {
      Repetition run = once(benchIncident, party, cases);
      runs.add(run);
      spent += run.nanos();
    }
    boolean warmedUp = runs.size() > 1;
    List<Repetition> timed = new ArrayList<>(warmedUp ? runs.subList(1, runs.size()) : runs);
    timed.sort(Comparator.comparingLong(Repetition::nanos));
    return new IncidentTiming(benchIncident, timed.get(timed.size() / 2), timed.size(), warmedUp);
  }

  private Repetition once(BenchIncident incident, String party, List<Exposure> cases)
      throws SQLException {
    Connection connection = store.connection();
    Map<String, Long> byQuery = new LinkedHashMap<>();
    long total = 0;
    for (Exposure exposure : cases) {
      SqlExposure.Timed sql = SqlExposure.count(connection, party, exposure.from(), exposure.to());
      check(incident, exposure, sql.counts());
      total += sql.totalNanos();
      sql.nanosByQuery().forEach((query, nanos) -> byQuery.merge(query, nanos, Long::sum));
    }
    return new Repetition(total, byQuery);
  }

  /** Loudly: a baseline that counts something else makes its ratio meaningless. */
  private void check(BenchIncident incident, Exposure exposure, ExposureCounts sql) {
    List<String> differences = ExposureCounts.of(exposure).differences(sql);
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          "SQL on "
              + store.name()
              + " disagrees with the engine for the "
              + incident.label()
              + " incident, window "
              + exposure.from()
              + " to "
              + exposure.to()
              + " (engine vs SQL): "
              + String.join("; ", differences.subList(0, Math.min(10, differences.size()))));
    }
  }
}
