package uk.warden.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import uk.warden.bench.app.AppStep;

/**
 * Every benchmark runs once, end to end, on the small ledger: the JMH harness in-process, the heap
 * measurement in its capped JVM, the app's store, cold CLI and API against the app jar the reactor
 * built before this module (their answers checked against the engine's), the SQL baseline on H2
 * with its counts checked against the engine's (and on PostgreSQL too when WARDEN_BENCH_PG_URL is
 * set). Figures are not checked: at this size and with one short iteration they mean nothing. The
 * full run is {@code java -jar benchmarks.jar}, never part of the build.
 */
class BenchSmokeTests {

  @Test
  void everyBenchmarkRunsOnceOnTheSmallLedger() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int status = BenchMain.run(new String[] {"--smoke"}, out);

    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report)
        .contains("ledger: 20,000 people, 1,000 transfers, 200,000 memberships")
        .contains("impact (in-memory, 20k people / 1k transfers / 200k memberships, unknown window")
        .contains("impact (in-memory, 20k people / 1k transfers / 200k memberships, known window")
        .contains("fits in 512 MB: yes")
        .contains("sql baseline (H2 2.")
        .doesNotContain("FAILED");
    if (Files.isRegularFile(AppStep.jar())) {
      assertThat(report)
          .contains("app store (20k people / 1k transfers / 200k memberships, embedded H2)")
          .contains("cold CLI impact (java -jar warden.jar: impact --party national-0 --json")
          .contains("cold CLI answer for national-0: ")
          .contains("impact API (GET /api/v1/impact?party=national-0")
          .contains("impact API answer for national-0: ")
          .contains("access ingest (warden access ingest, embedded H2, ");
    } else {
      // Built without the app's package phase (mvn test): the step says why it did not run.
      assertThat(report)
          .contains("app (server and cold CLI): not run; no app jar at ")
          .contains("access ingest: not run; no app jar at ");
    }
  }

  @Test
  void unknownArgumentsPrintTheUsage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int status =
        BenchMain.run(
            new String[] {"--fast"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("usage: ");
  }
}
