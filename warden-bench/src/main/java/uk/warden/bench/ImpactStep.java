package uk.warden.bench;

import java.util.Collection;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link ImpactBenchmark} through JMH and reports ms/op per incident against 20 ms. */
final class ImpactStep implements BenchStep {

  static final int TARGET_MILLIS = 20;

  @Override
  public String name() {
    return "impact";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    BenchSettings settings = run.settings();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(Pattern.quote(ImpactBenchmark.class.getName()) + "\\.")
            .param("scale", settings.scale().name());
    if (settings.smoke()) {
      // In-process and one short iteration: proves the harness runs, measures nothing.
      options
          .forks(0)
          .warmupIterations(0)
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(100))
          .verbosity(VerboseMode.SILENT);
      // A smoke run measures nothing, so a real benchmark running beside it (JMH's machine-wide
      // lock) is no reason to fail the build.
      System.setProperty("jmh.ignoreLock", "true");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      BenchIncident incident = BenchIncident.valueOf(result.getParams().getParam("incident"));
      Result<?> primary = result.getPrimaryResult();
      double millis = primary.getScore();
      run.impactMeasured(incident, millis);
      run.report(
          "impact (in-memory, "
              + settings.scale().describe()
              + ", "
              + incident.label()
              + "): "
              + Figures.ms(millis)
              + error(primary.getScoreError())
              + " "
              + primary.getScoreUnit()
              + " (target < "
              + TARGET_MILLIS
              + " ms: "
              + Figures.verdict(millis < TARGET_MILLIS)
              + ")");
    }
  }

  /** JMH's 99.9% confidence half-width; absent when a single iteration was measured. */
  private static String error(double error) {
    return Double.isNaN(error) ? "" : " ± " + Figures.ms(error);
  }
}
