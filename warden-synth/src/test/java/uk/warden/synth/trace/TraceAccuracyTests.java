package uk.warden.synth.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.trace.LeakTracer;
import uk.warden.core.trace.TraceKey;

/**
 * Leak tracing on generated leaks, at a size that runs in seconds: 20,000 people, 300 past
 * extracts, 25 trials per condition. The full evaluation (10,000 extracts, 200 trials) is the
 * {@code trace} benchmark step.
 */
class TraceAccuracyTests {

  private static List<TraceTally> tallies;

  @BeforeAll
  static void runTrials() {
    TraceKey key =
        new TraceKey("accuracy test key, 32 bytes long.".getBytes(StandardCharsets.UTF_8));
    ExtractHistory history = ExtractHistory.generate(Workforce.generate(20_000, 7), 300, key, 7);
    TraceEvaluation evaluation =
        new TraceEvaluation(history, new LeakTracer(history.index(), key), 40, 7);
    tallies = evaluation.run(LeakCondition.standard(), 25, 7);
    System.out.println(TraceTally.heading());
    tallies.forEach(t -> System.out.println(t.line()));
  }

  @Test
  void leaksInTheExtractsOrderAreTracedFromAFiftiethOn() {
    assertThat(recorded())
        .filteredOn(t -> !t.condition().shuffled() && t.condition().share() >= 0.05)
        .allSatisfy(t -> assertThat(t.rightShare()).as(t.line()).isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void shuffledLeaksOfATenthWithCanariesAreMostlyTraced() {
    assertThat(recorded())
        .filteredOn(t -> t.condition().canaries() && t.condition().share() >= 0.10)
        .allSatisfy(t -> assertThat(t.rightShare()).as(t.line()).isGreaterThanOrEqualTo(0.85));
  }

  @Test
  void halfOfAnExtractIsTracedHoweverItLeaks() {
    assertThat(recorded())
        .filteredOn(t -> t.condition().share() >= 0.5)
        .allSatisfy(t -> assertThat(t.rightShare()).as(t.line()).isGreaterThanOrEqualTo(0.95));
  }

  @Test
  void almostNeverConfidentlyWrong() {
    int trials = recorded().stream().mapToInt(TraceTally::trials).sum();
    int wrong = recorded().stream().mapToInt(TraceTally::wrong).sum();
    assertThat((double) wrong / trials).isLessThanOrEqualTo(0.01);
    assertThat(recorded())
        .allSatisfy(t -> assertThat(t.wrongShare()).as(t.line()).isLessThanOrEqualTo(0.05));
  }

  /**
   * Leaks of extracts never recorded are left out of the floors: when a recorded extract held the
   * same people, people are all the evidence there is, and they point to it (see the README).
   */
  private static List<TraceTally> recorded() {
    return tallies.stream().filter(t -> t.condition().recorded()).toList();
  }
}
