package uk.warden.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.warden.bench.access.FindingsStep;
import uk.warden.bench.access.IngestStep;
import uk.warden.bench.app.AppStep;
import uk.warden.bench.inspect.DetectorStep;
import uk.warden.bench.inspect.InspectXlsxStep;
import uk.warden.bench.sql.SqlStep;
import uk.warden.bench.trace.TraceStep;
import uk.warden.bench.watch.CollectStep;
import uk.warden.bench.watch.CompareStep;

/**
 * Runs the benchmarks and prints a short report: {@code java -jar benchmarks.jar [--smoke]
 * [STEP...]}, every step by default, in the order of {@link #STEPS}. A step that fails (a baseline
 * that disagrees with the engine, say) is reported and the run goes on, but the exit status is 1.
 */
public final class BenchMain {

  /** In run order: the SQL baseline's ratio needs the impact step's figure. */
  static final List<BenchStep> STEPS =
      List.of(
          new ImpactStep(),
          new HeapStep(),
          new AppStep(),
          SqlStep.h2(),
          SqlStep.postgres(),
          new InspectXlsxStep(),
          new DetectorStep(),
          new CollectStep(),
          new CompareStep(),
          new FindingsStep(),
          new IngestStep(),
          new TraceStep());

  private static final String USAGE =
      "usage: java -jar benchmarks.jar [--smoke] [STEP...]   steps: "
          + STEPS.stream().map(BenchStep::name).collect(Collectors.joining(" "))
          + "\n  --smoke  the small ledger and one short iteration: checks the benchmarks work";

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Returns the exit status: 0 all ran, 1 a step failed, 2 bad arguments. */
  public static int run(String[] args, PrintStream out) {
    Map<String, BenchStep> byName =
        STEPS.stream().collect(Collectors.toMap(BenchStep::name, Function.identity()));
    BenchSettings settings = BenchSettings.FULL;
    List<BenchStep> chosen = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--smoke")) {
        settings = BenchSettings.SMOKE;
      } else if (byName.containsKey(arg)) {
        chosen.add(byName.get(arg));
      } else {
        out.println(USAGE);
        return 2;
      }
    }
    return run(settings, chosen.isEmpty() ? STEPS : chosen, out);
  }

  static int run(BenchSettings settings, List<BenchStep> steps, PrintStream out) {
    long start = System.nanoTime();
    // The ledger is built by the first step that needs it: the inspect and watch steps do not.
    BenchRun run = new BenchRun(settings, out);
    List<String> failed = new ArrayList<>();
    for (BenchStep step : steps) {
      run.progress("== " + step.name());
      try {
        step.run(run);
      } catch (Exception e) {
        failed.add(step.name());
        run.report(step.name() + " FAILED: " + e);
        e.printStackTrace(out);
      }
    }
    out.println();
    out.println(
        "Warden benchmarks (seed "
            + BenchScale.SEED
            + ", "
            + machine()
            + ")"
            + (settings.smoke() ? ": SMOKE RUN, the figures measure nothing" : ""));
    run.reportLines().forEach(out::println);
    out.println("whole run: " + Figures.seconds(System.nanoTime() - start));
    return failed.isEmpty() ? 0 : 1;
  }

  /**
   * Cores and load average at the end of the run: other work on the machine shows up in every
   * figure, so the report says how busy it was.
   */
  private static String machine() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os.getAvailableProcessors()
        + " cores, load average "
        + String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage())
        + ", Java "
        + Runtime.version().feature();
  }
}
