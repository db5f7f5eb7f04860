package uk.warden.core.register.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.register.ascode.RegisterFiles.at;
import static uk.warden.core.register.ascode.RegisterFiles.problems;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.ExtractRules.PeopleRule;

/** An agreement's {@code extracts} block: read, written back, and refused field by field. */
class ExtractRulesYamlTest {

  private static final String HEAD =
      """
      units:
        - {code: response, name: Response}
      parties:
        - {code: cardco, name: CardCo, kind: SUPPLIER}
      systems: []
      agreements:
        - code: cards
          party: cardco
          title: Cards
          regime: UK_GDPR
          categories: [user.name]
          start: 2021-04-01
      """;

  @Test
  void readsEveryRuleOfTheExample() {
    ExtractRules rules = RegisterFiles.example().agreements().get(0).extracts();

    assertThat(rules)
        .isEqualTo(
            new ExtractRules(
                PeopleRule.UNITS,
                Set.of("response"),
                5000,
                new ExtractRules.Frequency(2, 30),
                Set.of(ExtractFormat.CSV, ExtractFormat.ZIP)));
    assertThat(rules.describe())
        .isEqualTo(
            "serving people of response, at most 5000 people, 2 extracts in 30 days, as csv or"
                + " zip");
    assertThat(RegisterFiles.example().agreements().get(1).extracts()).isNull();
  }

  @Test
  void writesTheRulesBackAsRead() {
    RegisterSpec spec = RegisterFiles.example();
    String written = RegisterYaml.write(spec);

    assertThat(written).contains("extracts:").contains("people: units");
    assertThat(RegisterFiles.read(written).agreements()).isEqualTo(spec.agreements());
  }

  @Test
  void readsTheSmallestRuleWithNoLimits() {
    ExtractRules rules =
        RegisterFiles.read(HEAD + "    extracts: {people: named, formats: [xlsx]}\n")
            .agreements()
            .get(0)
            .extracts();

    assertThat(rules.people()).isEqualTo(PeopleRule.NAMED);
    assertThat(rules.maxPeople()).isNull();
    assertThat(rules.frequency()).isNull();
    assertThat(rules.formats()).containsExactly(ExtractFormat.XLSX);
  }

  @Test
  void refusesEachBadRuleAtItsField() {
    List<InputProblem> problems =
        problems(
            HEAD
                + """
                    extracts:
                      people: everyone
                      units: [nowhere]
                      maxPeople: 0
                      maxExtracts: 2
                      formats: [pdf]
                """);

    assertThat(at(problems, "agreements[0] (cards).extracts.people").reason()).contains("everyone");
    assertThat(at(problems, "agreements[0] (cards).extracts.units[0]").reason())
        .contains("nowhere");
    assertThat(at(problems, "agreements[0] (cards).extracts.maxPeople").reason())
        .contains("at least 1");
    assertThat(at(problems, "agreements[0] (cards).extracts.perDays").reason())
        .contains("maxExtracts and perDays go together");
    assertThat(at(problems, "agreements[0] (cards).extracts.formats[0]").reason()).contains("pdf");
  }

  @Test
  void refusesAUnitsRuleWithoutUnitsAndUnitsWithAnotherRule() {
    assertThat(
            at(
                    problems(HEAD + "    extracts: {people: units, formats: [csv]}\n"),
                    "agreements[0] (cards).extracts.units")
                .reason())
        .contains("the units rule names the units");
    assertThat(
            at(
                    problems(
                        HEAD
                            + "    extracts: {people: serving, units: [response], formats: [csv]}\n"),
                    "agreements[0] (cards).extracts.units")
                .reason())
        .contains("only for people: units");
    assertThat(
            at(
                    problems(HEAD + "    extracts: {people: serving}\n"),
                    "agreements[0] (cards).extracts.formats")
                .reason())
        .isNotBlank();
  }
}
