package uk.warden.synth.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The detector measured on generated series (the figures the issue asks for); prints them, and
 * holds the detector to rates it meets today so a change that makes it worse fails here.
 */
class LossEvaluationTests {

  @Test
  void detectsPlantedLossesWithFewFalseAlarms() {
    LossEvaluation.Result result = LossEvaluation.run(30, 2023);
    LossEvaluation.print(30, result);

    for (String kind : new String[] {"sudden", "migration"}) {
      assertThat(result.rate(LossEvaluation.key(kind, 0.01))).as(kind).isGreaterThanOrEqualTo(0.95);
      assertThat(result.rate(LossEvaluation.key(kind, 0.25))).as(kind).isEqualTo(1.0);
    }
    assertThat(result.rate(LossEvaluation.key("hidden", 0.01))).isGreaterThanOrEqualTo(0.95);
    assertThat(result.rate(LossEvaluation.key("creeping", 0.05))).isGreaterThanOrEqualTo(0.95);
    assertThat(result.falseAlarmsPerSystemYear()).isLessThan(0.5);
  }
}
