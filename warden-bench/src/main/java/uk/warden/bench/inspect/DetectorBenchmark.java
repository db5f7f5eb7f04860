package uk.warden.bench.inspect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.warden.inspect.detect.DetectorRegistry;
import uk.warden.inspect.detect.TextScanner;

/**
 * The built-in detectors against the naive regex alternation, over the same {@link MixedText} cut
 * into the same 64 K pieces the plain-text reader hands the inspector. One operation is one pass
 * over the whole text on one thread, so throughput is the text's size over the score. The text is
 * generated once per fork, outside the measurement. Three warm-up and five measured iterations of 5
 * s; the regex pass takes several seconds, so its iterations are one operation each. Beside the
 * time, each pass counts the CPU time its thread used ({@link CpuTime}): on a shared machine the
 * time also holds the time the thread waited for a core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// 100 MB of text is held twice (whole and in pieces) as compact Latin-1 strings: 2 GB is ample.
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DetectorBenchmark {

  /** Size of the text in MiB of characters (the full run 100, the smoke run 1). */
  @Param("100")
  public int megabytes = 100;

  private List<String> pieces;
  private TextScanner scanner;

  @Setup(Level.Trial)
  public void generate() {
    pieces = MixedText.pieces(MixedText.generate(megabytes << 20, MixedText.SEED));
    // Built once, as the inspector holds one scanner for every request.
    scanner = DetectorRegistry.builtIn().scanner();
  }

  /** The CPU time of the benchmark thread and the passes it made, per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long passes;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      passes = 0;
    }

    long now() {
      return THREADS.getCurrentThreadCpuTime();
    }

    void add(long nanos) {
      cpuNanos += nanos;
      passes++;
    }
  }

  /**
   * Every detector with its validation, context and overlap resolution: what the inspector runs.
   */
  @Benchmark
  public long detectors(CpuTime cpu) {
    long start = cpu.now();
    long found = 0;
    for (String piece : pieces) {
      found += scanner.scan(piece).size();
    }
    cpu.add(cpu.now() - start);
    return found;
  }

  /** One java.util.regex alternation of the same identifiers, no validation. */
  @Benchmark
  public long regexAlternation(CpuTime cpu) {
    long start = cpu.now();
    long found = RegexBaseline.count(pieces);
    cpu.add(cpu.now() - start);
    return found;
  }
}
