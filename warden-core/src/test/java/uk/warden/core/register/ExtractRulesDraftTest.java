package uk.warden.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractRules.PeopleRule;

class ExtractRulesDraftTest {

  @Test
  void buildsTheRulesWhenEveryPartIsRight() {
    ExtractRules rules =
        new ExtractRulesDraft(
                PeopleRule.UNITS, Set.of("custody"), 200, 4, 7, Set.of(ExtractFormat.XLSX))
            .rules("request", "extracts.");

    assertThat(rules.units()).containsExactly("custody");
    assertThat(rules.frequency()).isEqualTo(new ExtractRules.Frequency(4, 7));
    assertThat(rules.describe())
        .isEqualTo("serving people of custody, at most 200 people, 4 extracts in 7 days, as xlsx");
  }

  @Test
  void namesEveryWrongFieldAtOnce() {
    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                new ExtractRulesDraft(PeopleRule.SERVING, Set.of("custody"), 0, 2, null, Set.of())
                    .rules("request", "extracts."));

    assertThat(refused.problems())
        .extracting(InputProblem::field)
        .containsExactly(
            "extracts.units", "extracts.maxPeople", "extracts.perDays", "extracts.formats");
    assertThat(
            catchThrowableOfType(
                    BadInputException.class,
                    () ->
                        new ExtractRulesDraft(
                                null, null, null, null, null, Set.of(ExtractFormat.CSV))
                            .rules("extract rules", ""))
                .problems())
        .extracting(InputProblem::field)
        .containsExactly("people");
  }
}
