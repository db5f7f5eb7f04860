package uk.warden.bench.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;

/**
 * A whole inspection of the {@link PeopleWorkbook} against a plain fastexcel read of the same
 * cells. Each operation takes seconds, so each iteration is one operation (single-shot): two
 * warm-ups, then four measured, in a JVM with the 512 MB heap; {@link InspectXlsxStep} runs
 * two such forks of each side, alternately, and reports the medians. The inspector is built once,
 * outside the measurement, as a server holds one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = InspectXlsxStep.RUNS)
@Fork(value = 1, jvmArgsAppend = "-Xmx" + InspectXlsxStep.HEAP_MB + "m")
public class InspectXlsxBenchmark {

  /** The workbook to read; empty: write a {@link PeopleWorkbook} of {@link #rows} first. */
  @Param("")
  public String file = "";

  @Param("100000")
  public int rows = PeopleWorkbook.FULL_ROWS;

  private Path path;
  private boolean written;
  private Inspector inspector;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    if (file.isEmpty()) {
      path = Files.createTempFile("warden-bench-", ".xlsx");
      PeopleWorkbook.write(path, rows, PeopleWorkbook.SEED);
      written = true;
    } else {
      path = Path.of(file);
    }
    inspector = Inspector.standard();
  }

  @TearDown(Level.Trial)
  public void cleanUp() throws IOException {
    if (written) {
      Files.deleteIfExists(path);
    }
  }

  /** The baseline: every cell's value, read plainly. */
  @Benchmark
  public PlainRead.Cells fastexcelRead() throws IOException {
    return PlainRead.read(path);
  }

  /** The full guard: structure, streamed cells, detectors, column classification, the verdict. */
  @Benchmark
  public FileReport inspect() throws UnreadableException {
    return inspector.inspect(path, Expectation.UNSTATED);
  }
}
