package uk.warden.bench.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchSettings;

/**
 * The findings step once at its smoke size: 3,000 people, about 60,000 events and 20,000 read back
 * from each log format. The step itself fails if a planted problem goes unfound or the reader reads
 * back a different number of events than were written; figures are not checked, at this size they
 * mean nothing.
 */
class FindingsStepSmokeTests {

  @Test
  void findingsAndLogReadingRunAtSmokeSize() throws Exception {
    BenchRun run =
        new BenchRun(
            BenchSettings.SMOKE,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    new FindingsStep().run(run);

    assertThat(run.reportLines())
        .anySatisfy(line -> assertThat(line).startsWith("access world: 3,000 people, "))
        .anySatisfy(
            line -> assertThat(line).startsWith("access events: ").contains(" over 90 days"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("findings (")
                    .contains("14 rules")
                    .contains("(target < 30 s: ")
                    .contains("every planted problem among them"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("access log read (JSON lines, ")
                    .contains(" events/s ("))
        .anySatisfy(line -> assertThat(line).startsWith("access log read (CSV, "));
  }
}
