package uk.warden.synth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.findings.Finding;
import uk.warden.core.findings.FindingsEngine;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.FindingsReport;
import uk.warden.core.findings.Rule;
import uk.warden.core.findings.RuleSet;
import uk.warden.core.register.Person;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;
import uk.warden.synth.SyntheticForce.PlantedProblem;

/**
 * The standard rules over the demo force (45,000 people, its custody history and its planted
 * access): every rule finds something, every planted problem is found by the rule meant for it, and
 * nothing else is found that was not planted (in the access, the force's suppliers, or the
 * register's people, whose lapsed and expired clearances are planted too).
 */
class DemoAccessFindingsTests {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static SyntheticForce force;
  private static SyntheticAccess access;
  private static FindingsInput input;
  private static FindingsReport report;

  @BeforeAll
  static void evaluate() {
    force = SyntheticForce.generate(ForceSpec.defaults(AS_OF));
    access = SyntheticAccess.generate(force);
    input = ForceFindingsInput.of(force, access);
    report = FindingsEngine.standard().evaluate(input);
  }

  @Test
  void everyStandardRuleFiresOnTheDemo() {
    for (Rule rule : RuleSet.standard().rules()) {
      assertThat(report.countsByRule().get(rule.code())).as(rule.code()).isPositive();
    }
  }

  @Test
  void everyPlantedAccessProblemIsFoundByItsRule() {
    assertThat(access.planted()).hasSizeGreaterThanOrEqualTo(25);
    for (PlantedAccess plant : access.planted()) {
      assertThat(report.byRule(plant.rule()))
          .as(plant.description())
          .anyMatch(
              f ->
                  f.subject().id().equals(plant.subject())
                      && java.util.Objects.equals(f.subject().qualifier(), plant.qualifier()));
    }
  }

  @Test
  void accessRulesFindOnlyWhatWasPlanted() {
    for (String rule :
        List.of(
            "access-without-purpose",
            "grant-expired-still-active",
            "access-unused",
            "leaver-with-access",
            "clearance-below-marking",
            "bulk-lookup")) {
      assertThat(subjects(report.byRule(rule))).as(rule).isEqualTo(planted(rule));
    }
  }

  /**
   * Beyond the planted supplier engineers, lapsed-clearance findings are people whose register
   * record holds a clearance that is not valid: the force's planted 1.5% lapsed and 1.5% expired
   * but still active. Nobody with a clean vetting record is reported.
   */
  @Test
  void lapsedClearanceFindingsAreThePlantedOnesAndTheRegistersOwn() {
    Map<String, Person> byAccount = new HashMap<>();
    force.forEachPerson(p -> byAccount.put("u" + p.payNumber(), p));
    List<Finding> lapsed = report.byRule("clearance-lapsed-with-access");

    assertThat(subjects(lapsed)).containsAll(planted("clearance-lapsed-with-access"));
    for (Finding finding : lapsed) {
      String id = finding.subject().id();
      if (planted("clearance-lapsed-with-access").contains(id)) {
        continue;
      }
      Person person = byAccount.get(id);
      assertThat(person).as(id).isNotNull();
      assertThat(person.clearances()).as(id).anyMatch(c -> !c.validOn(AS_OF));
    }
    // Hundreds, as the register's hygiene would have it, not thousands.
    assertThat(lapsed).hasSizeBetween(200, 2500);
  }

  @Test
  void supplierRulesFindTheForcesPlantedProblemsAndNoOthers() {
    Map<String, Set<String>> expected =
        Map.of(
            "categories-outside-agreement",
                plantedParties(PlantedProblem.CATEGORIES_OUTSIDE_AGREEMENT),
            "sub-processor-not-approved", plantedParties(PlantedProblem.SUB_PROCESSOR_NOT_APPROVED),
            "supplier-assurance-gap", plantedParties(PlantedProblem.CYBER_ESSENTIALS_LAPSED),
            "no-breach-notification-clause",
                plantedParties(PlantedProblem.NO_BREACH_NOTIFICATION_CLAUSE),
            "agreement-ended-data-held", Set.of("agr-recruitment"),
            "data-not-needed-for-purpose", Set.of("id-card-maker"));

    expected.forEach(
        (rule, subjects) -> assertThat(subjects(report.byRule(rule))).as(rule).isEqualTo(subjects));
    assertThat(plantedParties(PlantedProblem.AGREEMENT_EXPIRED))
        .containsExactly("recruitment-platform");
  }

  @Test
  void concentrationIsReportedOnlyWhereTheCombinationMeetsMostOfTheWorkforce() {
    List<Finding> concentrated = report.byRule("workforce-concentration");

    assertThat(subjects(concentrated)).contains("id-card-maker", "id-print-bureau");
    for (Finding finding : concentrated) {
      assertThat(finding.fact("aggravating")).isNotEqualTo("none");
      assertThat(Double.parseDouble(finding.fact("share").replace("%", "")))
          .isGreaterThanOrEqualTo(50);
    }
    // The body-worn video store holds nobody's photo, unit or vetting: never concentrated.
    assertThat(subjects(concentrated))
        .doesNotContain("bwv-storage", "staff-survey", "travel-agency");
  }

  /** No summary or fact holds anyone's name: ids and pay numbers only. */
  @Test
  void evidenceNamesNobody() {
    Set<String> names = new java.util.HashSet<>();
    force.forEachPerson(p -> names.add(p.displayName()));
    for (Finding finding : report.findings()) {
      StringBuilder text = new StringBuilder(finding.summary());
      finding.evidence().forEach(f -> text.append(' ').append(f.value()));
      String[] words = text.toString().split("[^\\p{L}'-]+");
      for (int i = 0; i + 1 < words.length; i++) {
        String two = words[i] + " " + words[i + 1];
        String three = i + 2 < words.length ? two + " " + words[i + 2] : two;
        assertThat(names.contains(two) || names.contains(three)).as(finding.key()).isFalse();
      }
    }
  }

  private static Set<String> subjects(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.subject().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> planted(String rule) {
    return access.planted().stream()
        .filter(p -> p.rule().equals(rule))
        .map(PlantedAccess::subject)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> plantedParties(String kind) {
    return force.plantedProblems().stream()
        .filter(p -> p.kind().equals(kind))
        .map(PlantedProblem::subject)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
