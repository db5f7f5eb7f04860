package uk.warden.bench.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.warden.bench.BenchRun;
import uk.warden.bench.BenchSettings;

/**
 * The trace step at smoke size: about 100 extracts of 2,000 people, 3 leaks per condition. Figures
 * are not checked; the step must run and report every line.
 */
class TraceBenchSmokeTests {

  @Test
  void tracingRunsAtSmokeSize() {
    BenchRun run =
        new BenchRun(
            BenchSettings.SMOKE,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    new TraceStep().run(run);

    assertThat(run.reportLines())
        .anySatisfy(line -> assertThat(line).matches("trace history: 10\\d recorded extracts .*"))
        .anySatisfy(line -> assertThat(line).contains("recorded    10% shuffled no canaries"))
        .anySatisfy(line -> assertThat(line).startsWith("  recorded extracts, all conditions: "))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("trace time (2,010-row leak of the whole workforce, shuffled")
                    .contains("(target < 5,000 ms: "));
  }
}
