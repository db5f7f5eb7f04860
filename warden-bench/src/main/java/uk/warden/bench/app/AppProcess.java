package uk.warden.bench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app jar as a separate JVM, as a user would ({@code java -jar warden.jar ...}), and times
 * it from start to exit. Output goes to files in a work folder, so a chatty process never blocks on
 * a full pipe. The peak resident set is read from {@code /proc} while the process runs (its high
 * water mark, sampled every 20 ms), where there is a {@code /proc}.
 */
public final class AppProcess {

  /** What a run left: its status, wall time, peak RSS in bytes (0 if unknown), and output. */
  public record Finished(int status, long nanos, long peakRssBytes, String out, String err) {

    public double millis() {
      return nanos / 1e6;
    }

    /** The output's last lines, for a failure's message. */
    public String tail() {
      String all = (out + "\n" + err).strip();
      String[] lines = all.split("\n");
      return String.join(
          "\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length));
    }
  }

  private static final long SAMPLE_MILLIS = 20;

  private final Path java;
  private final List<String> jvmOptions;
  private final Path jar;
  private final Path work;
  private int runs;

  public AppProcess(Path jar, List<String> jvmOptions, Path work) {
    this.java = Path.of(System.getProperty("java.home"), "bin", "java");
    this.jvmOptions = List.copyOf(jvmOptions);
    this.jar = jar;
    this.work = work;
  }

  /** {@code java [options] -jar warden.jar args...} as a list, for the report. */
  public List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    return command;
  }

  /** Runs to completion, or kills the process and fails after {@code timeout}. */
  public Finished run(List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    Started started = start(args);
    long deadline = started.start + timeout.toNanos();
    long peak = 0;
    while (!started.process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, highWaterMark(started.process.pid()));
      if (System.nanoTime() > deadline) {
        started.process.destroyForcibly();
        throw new IllegalStateException(
            "warden " + String.join(" ", args) + " took more than " + timeout.toSeconds() + " s");
      }
    }
    long nanos = System.nanoTime() - started.start;
    return new Finished(
        started.process.exitValue(),
        nanos,
        peak,
        Files.readString(started.out, StandardCharsets.UTF_8),
        Files.readString(started.err, StandardCharsets.UTF_8));
  }

  /** A process left running (the server), with where its output goes. */
  record Started(Process process, long start, Path out, Path err) {}

  Started start(List<String> args) throws IOException {
    int run = ++runs;
    Path out = work.resolve("run-" + run + ".out");
    Path err = work.resolve("run-" + run + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile());
    // The store's messages stay quiet unless the caller asked for them.
    builder.environment().remove("WARDEN_DEBUG");
    long start = System.nanoTime();
    return new Started(builder.start(), start, out, err);
  }

  /** VmHWM, the peak resident set so far, or 0 where /proc does not say. */
  static long highWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // Not Linux, or the process has just exited: keep the last sample.
    }
    return 0;
  }
}
