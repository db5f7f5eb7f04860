package uk.warden.bench.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.warden.bench.BenchMain;

/**
 * Both disclosure-guard benchmarks run once through the main runner, end to end, at their smoke
 * sizes: a workbook of 2,000 rows written, read plainly and inspected through the JMH harness
 * in-process, inspected again in its JVM capped at 512 MB, and 1 MB of mixed text scanned by the
 * detectors and the regex baseline. Figures are not checked: at this size they mean nothing. What
 * is checked is that the inspection was real (the workbook read as XLSX, not refused) and that both
 * sides of the text benchmark found things.
 */
class InspectBenchSmokeTests {

  @Test
  void bothInspectBenchmarksRunOnceAtTheirSmokeSizes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int status = BenchMain.run(new String[] {"--smoke", "inspect-xlsx", "detectors"}, out);

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report)
        .contains("xlsx workbook: 2,000 rows × 20 columns")
        .contains("inspect xlsx under -Xmx512m: completed")
        .contains("format XLSX, verdict BLOCK")
        .contains("xlsx plain read (fastexcel-reader")
        .contains("ratio ")
        .contains("detectors (19 built-in, one thread")
        .contains("regex baseline (one java.util.regex alternation of 19 patterns")
        .contains("found by the detectors: ")
        .contains("matched by the regex: ")
        .doesNotContain("FAILED")
        .doesNotContain("NOT INSPECTED");
  }
}
