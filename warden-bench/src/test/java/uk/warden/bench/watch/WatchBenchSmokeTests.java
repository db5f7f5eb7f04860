package uk.warden.bench.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchSettings;

/**
 * Both watch benchmarks run once at their smoke sizes: 50 systems (35 folder trees, 15 databases on
 * H2, or PostgreSQL when WARDEN_BENCH_PG_URL is set) collected with every count checked, and
 * manifests of 20,000 objects written, read and compared with the result checked. Figures are not
 * checked: at this size they mean nothing. A wrong count throws, which fails the test.
 */
class WatchBenchSmokeTests {

  @Test
  void collectingFromManySystemsRunsAtSmokeSize() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BenchRun run =
        new BenchRun(BenchSettings.SMOKE, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    new CollectStep().run(run);

    assertThat(run.reportLines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("watch systems: 50 (35 folder trees of 58 files, 2,030 files")
                    .contains("15 databases of 3 counts each"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("watch collect (50 systems, 16 at a time, first run in this JVM): ")
                    .contains("(target < 60 s: ")
                    .endsWith("every count checked"));
  }

  @Test
  void comparingManifestsRunsAtSmokeSize() throws Exception {
    BenchRun run =
        new BenchRun(
            BenchSettings.SMOKE,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    new CompareStep().run(run);

    assertThat(run.reportLines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("manifest file (20,000 entries with SHA-256, gzip TSV of ")
                    .contains("read and checked in"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("manifest compare (20,000 before, ")
                    .contains("after-manifest shuffled: ")
                    .endsWith("added, as generated"));
  }
}
