package uk.warden.bench.inspect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchStep;
import uk.warden.bench.Figures;

/**
 * Issue 4's XLSX target: inspecting a workbook of 100,000 rows × 20 columns takes at most twice a
 * plain read of the same cells with fastexcel-reader, measured in the same run, within a 512 MB
 * heap. The workbook ({@link PeopleWorkbook}) is written once, untimed. {@link
 * InspectXlsxBenchmark} times both sides with JMH, single-shot, each in a JVM capped at 512 MB, and
 * the median of the measured runs is reported. One more inspection runs in a JVM of its own capped
 * at 512 MB ({@link InspectHeap}), reporting its peak heap and what it found; when the inspector
 * refused the workbook as uninspectable (no XLSX reader) the ratio is flagged as meaningless.
 */
public final class InspectXlsxStep implements BenchStep {

  static final int HEAP_MB = 512;
  static final double TARGET_RATIO = 2.0;

  /** Forks of each side, alternating; each warms up twice and then measures {@link #RUNS} runs. */
  static final int ROUNDS = 2;

  static final int RUNS = 4;

  @Override
  public String name() {
    return "inspect-xlsx";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    boolean smoke = run.settings().smoke();
    int rows = smoke ? PeopleWorkbook.SMOKE_ROWS : PeopleWorkbook.FULL_ROWS;
    Path file = Files.createTempFile("warden-bench-", ".xlsx");
    try {
      run.progress("writing the workbook: " + Figures.count(rows) + " rows");
      long start = System.nanoTime();
      PeopleWorkbook.write(file, rows, PeopleWorkbook.SEED);
      long written = System.nanoTime() - start;
      PlainRead.Cells cells = PlainRead.read(file);
      run.report(
          "xlsx workbook: "
              + Figures.count(rows)
              + " rows × "
              + PeopleWorkbook.COLUMNS
              + " columns of mixed cells and a header row ("
              + Figures.count(cells.cells())
              + " cells as fastexcel reads them), "
              + Figures.mb(Files.size(file))
              + " MB, shared strings, seed "
              + PeopleWorkbook.SEED
              + " (written with POI SXSSF in "
              + Figures.seconds(written)
              + ", not measured)");

      run.progress("one inspection in a JVM with -Xmx" + HEAP_MB + "m");
      Child child = inspectInCappedJvm(run, file);
      run.report(describe(child));

      List<Double> plain = new ArrayList<>();
      List<Double> inspect = new ArrayList<>();
      measure(run, file, rows, plain, inspect);
      double plainMillis = median(plain);
      double inspectMillis = median(inspect);
      String how =
          smoke
              ? "in-process, 1 run"
              : "JMH single-shot, -Xmx"
                  + HEAP_MB
                  + "m, median of "
                  + plain.size()
                  + " runs in "
                  + ROUNDS
                  + " alternating forks, each after 2 warm-ups";
      run.report(
          "xlsx plain read (fastexcel-reader"
              + version("org.dhatim", "fastexcel-reader")
              + ", every cell's text, "
              + how
              + "): "
              + Figures.ms(plainMillis)
              + " ms (runs "
              + runs(plain)
              + ")");
      double ratio = inspectMillis / plainMillis;
      boolean meaningful =
          child.measurement() != null && child.measurement().uninspectable().isEmpty();
      run.report(
          "inspect xlsx (Inspector.standard(): structure, streamed cells, detectors, column"
              + " classification; "
              + how
              + "): "
              + Figures.ms(inspectMillis)
              + " ms (runs "
              + runs(inspect)
              + "); ratio "
              + Figures.ratio(ratio)
              + " the plain read (target <= "
              + Figures.ratio(TARGET_RATIO)
              + ": "
              + (meaningful
                  ? Figures.verdict(ratio <= TARGET_RATIO)
                  : "NOT MEANINGFUL, the inspector did not read the workbook")
              + ")");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Runs both benchmarks in alternating forks (plain, inspect, plain, inspect), filling each list
   * with its measured single-shot times in ms. Other work on the machine comes and goes over
   * minutes; alternating spreads it over both sides instead of loading one side's fork.
   */
  private static void measure(
      BenchRun run, Path file, int rows, List<Double> plain, List<Double> inspect)
      throws Exception {
    int rounds = run.settings().smoke() ? 1 : ROUNDS;
    for (int round = 0; round < rounds; round++) {
      for (String method : List.of("fastexcelRead", "inspect")) {
        ChainedOptionsBuilder options =
            new OptionsBuilder()
                .include(Pattern.quote(InspectXlsxBenchmark.class.getName() + "." + method) + "$")
                .param("file", file.toString())
                .param("rows", String.valueOf(rows))
                // Each run starts from a collected heap: one run's garbage is not the next's cost.
                .shouldDoGC(true);
        if (run.settings().smoke()) {
          // In-process and one run each: proves the harness runs, measures nothing.
          options
              .forks(0)
              .warmupIterations(0)
              .measurementIterations(1)
              .verbosity(VerboseMode.SILENT);
        }
        List<Double> times = method.equals("inspect") ? inspect : plain;
        for (RunResult result : new Runner(options.build()).run()) {
          for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
              times.add(iteration.getPrimaryResult().getScore());
            }
          }
        }
      }
    }
    if (plain.isEmpty() || inspect.isEmpty()) {
      throw new IllegalStateException("JMH returned no runs for one side");
    }
  }

  private record Child(int status, InspectHeap.@Nullable Measurement measurement) {}

  /** Runs {@link InspectHeap} in a JVM capped at 512 MB, as the heap step runs its index. */
  private static Child inspectInCappedJvm(BenchRun run, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx" + HEAP_MB + "m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            InspectHeap.class.getName(),
            file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    InspectHeap.Measurement measurement = null;
    try (InputStream stream = process.getInputStream();
        BufferedReader output =
            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        InspectHeap.Measurement parsed = InspectHeap.Measurement.parse(line);
        if (parsed != null) {
          measurement = parsed;
        } else {
          run.progress("  " + line);
        }
      }
    }
    return new Child(process.waitFor(), measurement);
  }

  static String describe(Child child) {
    InspectHeap.Measurement m = child.measurement();
    if (m == null || child.status() != 0) {
      return "inspect xlsx under -Xmx"
          + HEAP_MB
          + "m: did not complete (the JVM exited with status "
          + child.status()
          + "); fits in "
          + HEAP_MB
          + " MB: MISSED";
    }
    String found =
        m.uninspectable().isEmpty()
            ? "format "
                + m.format()
                + ", verdict "
                + m.verdict()
                + ", "
                + m.findings()
                + " findings, "
                + m.columns()
                + " columns classified"
            : "but the workbook was NOT INSPECTED: UNINSPECTABLE, \"" + m.uninspectable() + "\"";
    return "inspect xlsx under -Xmx"
        + HEAP_MB
        + "m: completed in "
        + Figures.ms(m.millis())
        + " ms (one cold run), peak heap in use "
        + Figures.mb(m.peakBytes())
        + " MB, at most "
        + Figures.mb(m.liveBytes())
        + " MB left after a collection; fits in "
        + HEAP_MB
        + " MB: "
        + Figures.verdict(true)
        + "; "
        + found;
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String runs(List<Double> values) {
    return String.join(", ", values.stream().map(Figures::ms).toList());
  }

  /** " 0.20.2" from the library's Maven properties, which the shaded jar keeps; "" without. */
  private static String version(String group, String artifact) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = InspectXlsxStep.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      return version == null ? "" : " " + version;
    } catch (IOException e) {
      return "";
    }
  }
}
