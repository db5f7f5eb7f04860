package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

class RuleSetTests {

  @Test
  void theStandardSetUsesEveryCheckAndStatesEveryParameter() {
    RuleSet standard = RuleSet.standard();

    assertThat(standard.rules()).hasSize(14).allMatch(Rule::enabled);
    assertThat(standard.rules().stream().map(Rule::check).collect(Collectors.toSet()))
        .isEqualTo(Checks.all().keySet());
    for (Rule rule : standard.rules()) {
      Set<String> specified =
          Checks.named(rule.check()).orElseThrow().params().stream()
              .map(ParamSpec::name)
              .collect(Collectors.toSet());
      assertThat(rule.params().asMap().keySet()).as(rule.code()).isEqualTo(specified);
    }
    // Every default in code is the value the shipped file states, so the file documents the truth.
    for (Rule rule : standard.rules()) {
      for (ParamSpec spec : Checks.named(rule.check()).orElseThrow().params()) {
        assertThat(rule.params().asMap().get(spec.name()))
            .as(rule.code() + "." + spec.name())
            .isEqualTo(spec.defaultValue());
      }
    }
  }

  @Test
  void refusesABadFileWithEveryProblemNamedByRuleAndField() {
    String yaml =
        """
        version: 1
        colour: blue
        rules:
          - code: unused
            check: unused-access
            severity: LOW
            title: t
            explanation: e
            evidence: v
            fix: f
            params: {days: ninety, weeks: 3}
          - code: unused
            check: unused-access
            severity: LOW
            title: t
            explanation: e
            evidence: v
            fix: f
          - code: Bad_Code
            check: no-such-check
            severity: DIRE
            title: t
            explanation: e
            evidence: v
          - code: marking
            check: clearance-below-marking
            severity: HIGH
            enabled: sometimes
            title: t
            explanation: e
            evidence: v
            fix: f
            params:
              requirements: {SECRET: [MV, XV]}
          - code: minimise
            check: data-not-needed-for-purpose
            severity: HIGH
            title: t
            explanation: e
            evidence: v
            fix: f
            colour: red
            params:
              profiles: [{name: cards, matches: [card], needs: [user.shoe_size]}]
        """;

    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class, () -> RuleSet.fromYaml(yaml, "force-rules.yaml"));

    assertThat(refused.problems())
        .extracting(InputProblem::field, InputProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "colour", "unknown field; expected 'version' and 'rules'"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[0].params.days", "rule 'unused': must be a whole number from 1 to 3650"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[0].params.weeks",
                "rule 'unused': check 'unused-access' has no parameter 'weeks'; it takes days,"
                    + " accessTypes"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[1].code", "rule 'unused': the code is used twice"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[2].code", "rule 'Bad_Code': must be lower-case letters, digits and hyphens"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[2].check",
                "rule 'Bad_Code': unknown check 'no-such-check'; known: "
                    + String.join(", ", Checks.all().keySet())),
            org.assertj.core.groups.Tuple.tuple(
                "rules[2].severity",
                "rule 'Bad_Code': 'DIRE' is not one of LOW, MEDIUM, HIGH, CRITICAL"),
            org.assertj.core.groups.Tuple.tuple("rules[2].fix", "rule 'Bad_Code': is required"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[3].enabled", "rule 'marking': must be true or false"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[3].params.requirements",
                "rule 'marking': 'SECRET': 'XV' is not a clearance level (RV, MV, NPPV1, NPPV2A,"
                    + " NPPV2F, NPPV3, BPSS, CTC, SC, eSC, DV, eDV)"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[4].colour",
                "rule 'minimise': unknown field; expected code, check, severity, enabled, title,"
                    + " explanation, evidence, fix and params"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[4].params.profiles",
                "rule 'minimise': [0].needs names unknown categories [user.shoe_size]"));
    assertThat(refused.getMessage()).startsWith("force-rules.yaml: field 'colour': unknown field");
  }

  @Test
  void refusesWhatIsNotARulesFileAtAll() {
    assertThat(
            catchThrowableOfType(
                    BadInputException.class, () -> RuleSet.fromYaml("rules: [", "r.yaml"))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("not valid YAML: "));
    assertThat(
            catchThrowableOfType(BadInputException.class, () -> RuleSet.fromYaml("- a", "r.yaml"))
                .problems())
        .extracting(InputProblem::reason)
        .containsExactly("the top level must be a mapping with 'version' and 'rules'");
    assertThat(
            catchThrowableOfType(
                    BadInputException.class,
                    () -> RuleSet.fromYaml("version: 2\nrules: []", "r.yaml"))
                .problems())
        .extracting(InputProblem::field)
        .containsExactly("version", "rules");
  }

  @Test
  void aForcesFileReplacesTheStandardOneAndMayShareAChecksCode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("our-rules.yaml");
    Files.writeString(
        file,
        """
        rules:
          - code: unused-admin
            check: unused-access
            severity: MEDIUM
            title: Admin not used for 30 days
            explanation: e
            evidence: v
            fix: f
            params: {days: 30, accessTypes: [ADMINISTER]}
          - code: unused-any
            check: unused-access
            severity: LOW
            title: Access not used for 180 days
            explanation: e
            evidence: v
            fix: f
            params: {days: 180}
          - code: leavers
            check: leaver-with-access
            severity: CRITICAL
            enabled: false
            title: t
            explanation: e
            evidence: v
            fix: f
        """);

    RuleSet rules = RuleSet.fromFile(file);

    assertThat(rules.source()).isEqualTo("our-rules.yaml");
    assertThat(rules.rules())
        .extracting(Rule::code)
        .containsExactly("unused-admin", "unused-any", "leavers");
    assertThat(rules.enabled())
        .extracting(Rule::code)
        .containsExactly("unused-admin", "unused-any");
    assertThat(rules.rule("unused-admin").orElseThrow().params().wholeNumber("days")).isEqualTo(30);
    assertThat(rules.rule("unused-any").orElseThrow().params().enums("accessTypes")).hasSize(3);
  }

  @Test
  void anUnreadableFileIsBadInputNamingOnlyTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yaml");

    List<InputProblem> problems =
        catchThrowableOfType(BadInputException.class, () -> RuleSet.fromFile(missing)).problems();

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("nowhere.yaml");
              assertThat(p.reason()).doesNotContain(dir.toString());
            });
  }
}
