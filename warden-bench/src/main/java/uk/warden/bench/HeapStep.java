package uk.warden.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The index's heap, measured in a JVM capped at the 512 MB: if it builds the index and
 * assesses an incident there, the index fits.
 */
final class HeapStep implements BenchStep {

  static final int HEAP_MB = 512;

  @Override
  public String name() {
    return "heap";
  }

  @Override
  public void run(BenchRun run) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx" + HEAP_MB + "m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            IndexHeap.class.getName(),
            run.settings().scale().name());
    run.progress("measuring the index in a JVM with -Xmx" + HEAP_MB + "m");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    IndexHeap.Measurement measurement = null;
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        IndexHeap.Measurement parsed = IndexHeap.Measurement.parse(line);
        if (parsed != null) {
          measurement = parsed;
        } else {
          run.progress("  " + line);
        }
      }
    }
    int status = process.waitFor();
    run.report(describe(measurement, status));
  }

  /** Fits only if the capped JVM measured the index and exited normally. */
  static String describe(IndexHeap.@Nullable Measurement measurement, int status) {
    if (measurement == null || status != 0) {
      return "index heap: not measured, the JVM with -Xmx"
          + HEAP_MB
          + "m exited with status "
          + status
          + "; fits in "
          + HEAP_MB
          + " MB: no";
    }
    return "index heap: "
        + Figures.mb(measurement.retainedBytes())
        + " MB retained (person bitmaps "
        + Figures.mb(measurement.bitmapBytes())
        + " MB, attribute columns "
        + Figures.mb(measurement.attributeBytes())
        + " MB); fits in "
        + HEAP_MB
        + " MB: yes (built and assessed under -Xmx"
        + HEAP_MB
        + "m)";
  }
}
