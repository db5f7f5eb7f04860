package uk.warden.bench.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.core.trace.CanaryCount;
import uk.warden.core.trace.ExtractMarker;
import uk.warden.core.trace.LeakTracer;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.core.trace.Trace;
import uk.warden.core.trace.TraceKey;
import uk.warden.core.trace.TraceVerdict;
import uk.warden.synth.trace.ExtractHistory;
import uk.warden.synth.trace.LeakCondition;
import uk.warden.synth.trace.TraceEvaluation;
import uk.warden.synth.trace.TraceTally;
import uk.warden.synth.trace.Workforce;

/**
 * Issue 8's leak tracing at scale: 10,000 recorded past extracts of a 20,000-person workforce
 * (about 526 more generated but never recorded), 200 leaks per condition cut from a sample of them,
 * and the table of outcomes. Then the time of the heaviest trace there is: the whole workforce
 * leaked at once, every person held by hundreds of extracts. Target under 5 s.
 */
public final class TraceStep implements BenchStep {

  static final long SEED = 2023;
  static final long TARGET_MILLIS = 5000;
  private static final int PEOPLE = 20_000;
  private static final int RECORDED = 10_000;
  private static final int TRIALS = 200;
  private static final int SAMPLE = 100;
  private static final int TIMED_RUNS = 5;

  @Override
  public String name() {
    return "trace";
  }

  @Override
  public void run(BenchRun run) {
    boolean smoke = run.settings().smoke();
    int people = smoke ? 2_000 : PEOPLE;
    int recorded = smoke ? 100 : RECORDED;
    TraceKey key =
        new TraceKey("warden bench trace key, 32 bytes".getBytes(StandardCharsets.UTF_8));

    Workforce workforce = Workforce.generate(people, SEED);
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    // One extract in twenty is left unrecorded: generate enough that 10,000 are recorded.
    ExtractHistory history =
        ExtractHistory.generate(workforce, (int) Math.ceil(recorded * 20 / 19.0), key, SEED);
    long built = System.nanoTime() - start;
    long heap = usedHeap() - heapBefore;
    run.report(
        "trace history: "
            + Figures.count(history.recorded().size())
            + " recorded extracts ("
            + Figures.count(history.unrecorded().size())
            + " more never recorded) of a "
            + Figures.count(people)
            + "-person workforce, "
            + Figures.count(history.rows())
            + " rows, marked and indexed in "
            + Figures.seconds(built)
            + "; index about "
            + Figures.mb(history.index().memoryBytes())
            + " MB (heap grew "
            + Figures.mb(heap)
            + " MB with the extracts' recipes)");

    LeakTracer tracer = new LeakTracer(history.index(), key);
    int trials = smoke ? 3 : TRIALS;
    TraceEvaluation evaluation = new TraceEvaluation(history, tracer, smoke ? 5 : SAMPLE, SEED);
    start = System.nanoTime();
    List<TraceTally> tallies = evaluation.run(LeakCondition.standard(), trials, SEED);
    long evaluated = System.nanoTime() - start;
    run.report(
        "trace accuracy ("
            + Figures.count(trials)
            + " leaks per condition, columns dropped, header kept, renamed or lost, half retyped; "
            + "traced = confidence >= "
            + LeakTracer.TRACED
            + "; "
            + Figures.seconds(evaluated)
            + "):");
    run.report("  " + TraceTally.heading());
    tallies.forEach(t -> run.report("  " + t.line()));
    run.report("  " + overall(tallies));

    timeWholeForce(run, history, workforce, key, tracer, tallies);
  }

  private static String overall(List<TraceTally> tallies) {
    List<TraceTally> recorded = tallies.stream().filter(t -> t.condition().recorded()).toList();
    int trials = recorded.stream().mapToInt(TraceTally::trials).sum();
    int right = recorded.stream().mapToInt(TraceTally::right).sum();
    int wrong = recorded.stream().mapToInt(TraceTally::wrong).sum();
    return String.format(
        Locale.ROOT,
        "recorded extracts, all conditions: %.1f%% right, %.2f%% wrongly traced over %,d leaks",
        100.0 * right / trials,
        100.0 * wrong / trials,
        trials);
  }

  /** The whole workforce as one leaked file, in order and shuffled: the largest trace there is. */
  private static void timeWholeForce(
      BenchRun run,
      ExtractHistory history,
      Workforce workforce,
      TraceKey key,
      LeakTracer tracer,
      List<TraceTally> tallies) {
    List<List<String>> rows = new ArrayList<>(workforce.size());
    IntStream.range(0, workforce.size()).forEach(p -> rows.add(workforce.row(p)));
    MarkedExtract whole =
        new ExtractMarker(key, CanaryCount.STANDARD)
            .mark("whole-force", Workforce.COLUMNS, rows, workforce::inUse);
    List<List<String>> shuffled = new ArrayList<>(whole.rows());
    Collections.shuffle(shuffled, new Random(SEED));
    int runs = run.settings().smoke() ? 1 : TIMED_RUNS;
    double[] millis = new double[runs];
    Trace trace = null;
    for (int i = -Math.min(2, runs - 1); i < runs; i++) {
      long start = System.nanoTime();
      trace = tracer.trace(shuffled);
      if (i >= 0) {
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    double median = millis[runs / 2];
    long slowest = tallies.stream().mapToLong(TraceTally::slowestNanos).max().orElse(0);
    run.report(
        "trace time ("
            + Figures.count(shuffled.size())
            + "-row leak of the whole workforce, shuffled, against "
            + Figures.count(history.recorded().size())
            + " past extracts; median of "
            + runs
            + "): "
            + Figures.ms(median)
            + " ms (target < "
            + Figures.count(TARGET_MILLIS)
            + " ms: "
            + Figures.verdict(median < TARGET_MILLIS)
            + "); verdict "
            + (trace == null ? TraceVerdict.UNKNOWN : trace.verdict())
            + "; slowest trace of the accuracy trials "
            + Figures.ms(slowest / 1e6)
            + " ms");
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
