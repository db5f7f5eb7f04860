package uk.warden.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark runs once, end to end, on the small ledger: the JMH harness in-process, the heap
 * measurement in its capped JVM, the SQL baseline on H2 with its counts checked against the
 * engine's (and on PostgreSQL too when WARDEN_BENCH_PG_URL is set). Figures are not checked: at
 * this size and with one short iteration they mean nothing. The full run is {@code java -jar
 * benchmarks.jar}, never part of the build.
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
