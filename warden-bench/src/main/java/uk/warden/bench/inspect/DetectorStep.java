package uk.warden.bench.inspect;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;
import uk.warden.inspect.detect.Detection;
import uk.warden.inspect.detect.DetectorRegistry;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.TextScanner;

/**
 * Issue 4's detector target: the built-in detectors together, with their validation, scan mixed
 * text at 100 MB/s or more on one core, printed with the ratio to the naive regex alternation
 * ({@link RegexBaseline}) measured in the same run by {@link DetectorBenchmark}. MB here is 2^20
 * bytes of the text in UTF-8. Each side is also given over its thread's CPU time, which does not
 * count the time a busy machine kept the thread waiting. Also counts what each finds, once, outside
 * the measurement, as a check that both looked for the same things.
 */
public final class DetectorStep implements BenchStep {

  static final double TARGET_MB_PER_S = 100;
  static final int FULL_MEGABYTES = 100;
  static final int SMOKE_MEGABYTES = 1;

  @Override
  public String name() {
    return "detectors";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    boolean smoke = run.settings().smoke();
    int megabytes = smoke ? SMOKE_MEGABYTES : FULL_MEGABYTES;
    run.progress("generating " + megabytes + " MiB of mixed text and counting what each finds");
    Survey survey = Survey.of(megabytes);
    long bytes = survey.bytes();
    run.report(
        "detector text: "
            + Figures.mb(bytes)
            + " MB of mixed text ("
            + Figures.count(survey.chars())
            + " characters, "
            + Figures.count(bytes)
            + " bytes in UTF-8, seed "
            + MixedText.SEED
            + ") in "
            + Figures.count(survey.pieces())
            + " pieces of up to 64 K characters cut at line ends, as the plain-text reader cuts a"
            + " file");

    Map<String, RunResult> results = measure(run, megabytes);
    RunResult detectors = results.get("detectors");
    RunResult regex = results.get("regexAlternation");
    double detectorsRate = mbPerSecond(bytes, detectors.getPrimaryResult().getScore());
    double regexRate = mbPerSecond(bytes, regex.getPrimaryResult().getScore());
    run.report(
        "detectors ("
            + survey.detectors()
            + " built-in, one thread, validation, context and overlaps, JMH): "
            + rate(bytes, detectors.getPrimaryResult())
            + " MB/s (target >= "
            + Figures.count((long) TARGET_MB_PER_S)
            + " MB/s: "
            + Figures.verdict(detectorsRate >= TARGET_MB_PER_S)
            + "); ratio "
            + Figures.ratio(detectorsRate / regexRate)
            + " the regex baseline's speed; "
            + cpuRate(bytes, detectors)
            + " MB/s of the thread's CPU time");
    run.report(
        "regex baseline (one java.util.regex alternation of "
            + RegexBaseline.PATTERNS.size()
            + " patterns, one per type, no validation, Matcher.find, JMH): "
            + rate(bytes, regex.getPrimaryResult())
            + " MB/s; "
            + cpuRate(bytes, regex)
            + " MB/s of the thread's CPU time");
    run.report(
        "  found by the detectors: "
            + total(survey.detected())
            + " ("
            + byType(survey.detected())
            + ")");
    run.report(
        "  matched by the regex: "
            + total(survey.matched())
            + " ("
            + byType(survey.matched())
            + ")");
  }

  /**
   * The text's size and what each side finds in it, counted once in this JVM outside the
   * measurement; the text itself is dropped before the benchmark forks.
   */
  private record Survey(
      long chars,
      long bytes,
      int pieces,
      int detectors,
      Map<EntityType, Long> detected,
      Map<EntityType, Long> matched) {

    static Survey of(int megabytes) {
      String text = MixedText.generate(megabytes << 20, MixedText.SEED);
      List<String> pieces = MixedText.pieces(text);
      TextScanner scanner = DetectorRegistry.builtIn().scanner();
      Map<EntityType, Long> detected = new EnumMap<>(EntityType.class);
      for (String piece : pieces) {
        for (Detection detection : scanner.scan(piece)) {
          detected.merge(detection.type(), 1L, Long::sum);
        }
      }
      return new Survey(
          text.length(),
          text.getBytes(StandardCharsets.UTF_8).length,
          pieces.size(),
          scanner.detectors().size(),
          detected,
          RegexBaseline.countByType(pieces));
    }
  }

  /** Runs both benchmarks; returns each method's result by name. */
  private static Map<String, RunResult> measure(BenchRun run, int megabytes) throws Exception {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(Pattern.quote(DetectorBenchmark.class.getName()) + "\\.")
            .param("megabytes", String.valueOf(megabytes));
    if (run.settings().smoke()) {
      // In-process and one short iteration: proves the harness runs, measures nothing.
      options
          .forks(0)
          .warmupIterations(0)
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(100))
          .verbosity(VerboseMode.SILENT);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> scores = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
    }
    if (!scores.containsKey("detectors") || !scores.containsKey("regexAlternation")) {
      throw new IllegalStateException("JMH returned no result for " + scores.keySet());
    }
    return scores;
  }

  /** MB/s from a score in ms/op, one operation being one pass over {@code bytes}. */
  static double mbPerSecond(long bytes, double millisPerPass) {
    return bytes / (double) (1 << 20) / (millisPerPass / 1000);
  }

  /** "123.4 ± 2.1": the error half-width carried from ms/op to MB/s (to first order). */
  private static String rate(long bytes, Result<?> result) {
    double millis = result.getScore();
    double rate = mbPerSecond(bytes, millis);
    String formatted = String.format(Locale.ROOT, "%.1f", rate);
    double error = result.getScoreError();
    if (Double.isNaN(error) || error <= 0) {
      return formatted;
    }
    return formatted + String.format(Locale.ROOT, " ± %.1f", rate * error / millis);
  }

  /**
   * MB/s over the CPU time the benchmark thread used in the measured iterations ({@link
   * DetectorBenchmark.CpuTime}): what the code does while it runs, whatever else the machine does.
   */
  private static String cpuRate(long bytes, RunResult result) {
    double nanos = 0;
    double passes = 0;
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        nanos += iteration.getSecondaryResults().get("cpuNanos").getScore();
        passes += iteration.getSecondaryResults().get("passes").getScore();
      }
    }
    double megabytes = bytes * passes / (1 << 20);
    return String.format(Locale.ROOT, "%.1f", megabytes / (nanos / 1e9));
  }

  private static String total(Map<EntityType, Long> counts) {
    return Figures.count(counts.values().stream().mapToLong(Long::longValue).sum());
  }

  private static String byType(Map<EntityType, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey().name() + " " + Figures.count(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
