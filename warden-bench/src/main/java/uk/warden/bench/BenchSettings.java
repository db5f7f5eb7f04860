package uk.warden.bench;

import java.time.Duration;

/**
 * How hard a run works. The full run measures the national ledger with the JMH settings written on
 * {@link ImpactBenchmark}; the smoke run only checks that every benchmark still works: the small
 * ledger, one short in-process JMH iteration, one SQL run.
 *
 * @param sqlRuns the most times an incident's SQL is run; the first of several only warms caches
 * @param sqlBudget no further SQL run starts once an incident's runs have taken this long, so a
 *     slow database still finishes in minutes
 */
public record BenchSettings(BenchScale scale, boolean smoke, int sqlRuns, Duration sqlBudget) {

  public static final BenchSettings FULL =
      new BenchSettings(BenchScale.NATIONAL, false, 4, Duration.ofSeconds(30));
  public static final BenchSettings SMOKE =
      new BenchSettings(BenchScale.SMALL, true, 1, Duration.ZERO);
}
