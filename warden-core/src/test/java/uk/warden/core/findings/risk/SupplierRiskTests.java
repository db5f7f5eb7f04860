package uk.warden.core.findings.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.findings.FindingsEngine;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.FindingsReport;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;

class SupplierRiskTests {

  private static final LocalDate TODAY = LocalDate.parse("2025-06-30");
  private static final Instant AT = Instant.parse("2025-06-30T11:00:00Z");

  private static Assurance assurance(Integer breachHours, LocalDate ceExpires) {
    return new Assurance(
        CyberEssentials.PLUS,
        ceExpires,
        TODAY.plusYears(1),
        TODAY.minusMonths(2),
        null,
        breachHours,
        true,
        true,
        true,
        ClearanceLevel.NPPV3,
        "UK");
  }

  private static DataSystem system(String code, String host, long records, String... categories) {
    return new DataSystem(
        code,
        code,
        host,
        Set.of(categories),
        Marking.OFFICIAL_SENSITIVE,
        records,
        Population.WHOLE_WORKFORCE,
        null);
  }

  private static Agreement agreement(String code, String party, String... categories) {
    return new Agreement(
        code,
        party,
        "Service",
        "Service",
        "basis",
        Regime.UK_GDPR,
        Set.of(categories),
        TODAY.minusYears(1),
        TODAY.plusYears(1),
        1,
        null);
  }

  private static FindingsInput input() {
    return FindingsInput.builder(AT, ZoneId.of("Europe/London"))
        .servingWorkforce(10_000)
        .register(
            List.of(
                new Party(
                    "cards",
                    "Cards Ltd",
                    PartyKind.SUPPLIER,
                    null,
                    assurance(24, TODAY.plusYears(1))),
                new Party(
                    "survey",
                    "Survey Ltd",
                    PartyKind.SUPPLIER,
                    null,
                    assurance(null, TODAY.minusDays(3))),
                new Party("hr", "HR", PartyKind.INTERNAL, null, Assurance.NONE)),
            List.of(
                system(
                    "production",
                    "cards",
                    9_500,
                    "user.name",
                    "user.biometric.photo",
                    "user.workforce.vetting_level"),
                system("responses", "survey", 300, "user.contact.email", "user.demographic.gender"),
                system("hr-files", "hr", 10_000, "user.name", "user.health_and_medical")),
            List.of(
                agreement("agr-cards", "cards", "user.name", "user.biometric.photo"),
                agreement("agr-survey", "survey", "user.contact.email", "user.demographic.gender")))
        .access(
            AccessDirectory.of(
                List.of(
                    Principal.supplierStaff(
                        "s1",
                        "cards",
                        List.of(
                            new Clearance(
                                ClearanceLevel.NPPV3,
                                TODAY.minusYears(6),
                                TODAY.minusDays(9),
                                ClearanceStatus.ACTIVE)))),
                List.of(),
                List.of(
                    new Grant(
                        "g1",
                        "s1",
                        "production",
                        Set.of(),
                        AccessType.ADMINISTER,
                        "support",
                        null,
                        AT.minusSeconds(86_400),
                        null,
                        null))))
        .build();
  }

  @Test
  void ranksByAScoreItExplainsCompletely() {
    FindingsInput input = input();
    FindingsReport report = FindingsEngine.standard().evaluate(input);

    List<PartyRisk> ranking = SupplierRisk.standard().rank(input, report.findings());

    assertThat(ranking).extracting(PartyRisk::party).containsExactly("cards", "survey");
    PartyRisk cards = ranking.get(0);
    assertThat(cards.contributions())
        .extracting(Contribution::factor, Contribution::points, Contribution::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.SENSITIVITY,
                19,
                "Holds 3 categories; the most sensitive: Photograph (8), Vetting level (8), Name (3)"),
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.COMBINATION, 15, "Name joined with Photograph, Vetting level"),
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.VOLUME,
                19,
                "Holds 9,500 people (95% of the serving workforce, from the largest system's record count)"));
    // The supplier's staff member's lapsed vetting and the data outside its agreement count
    // against it as open findings.
    assertThat(cards.contributions())
        .filteredOn(c -> c.factor() == RiskFactor.FINDINGS)
        .extracting(Contribution::reason)
        .anyMatch(r -> r.contains("clearance-lapsed-with-access/principal/s1"))
        .anyMatch(r -> r.contains("categories-outside-agreement/party/cards"));
    assertThat(cards.score())
        .isEqualTo(cards.contributions().stream().mapToInt(Contribution::points).sum());
  }

  @Test
  void scoresGapsFromTheRegisterAndDoesNotCountTheirFindingsTwice() {
    FindingsInput input = input();
    FindingsReport report = FindingsEngine.standard().evaluate(input);

    PartyRisk survey = SupplierRisk.standard().rank(input, report.findings()).get(1);

    assertThat(report.about(uk.warden.core.findings.SubjectKind.PARTY, "survey"))
        .extracting(f -> f.ruleCode())
        .containsExactlyInAnyOrder("no-breach-notification-clause", "supplier-assurance-gap");
    assertThat(survey.contributions())
        .extracting(Contribution::factor, Contribution::points, Contribution::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.ASSURANCE, 10, "Cyber Essentials Plus expired on " + TODAY.minusDays(3)),
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.CONTRACT, 10, "No breach-notification clause"),
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.SENSITIVITY,
                3,
                "Holds 2 categories; the most sensitive: Email address (2), Gender (1)"),
            org.assertj.core.groups.Tuple.tuple(
                RiskFactor.VOLUME,
                1,
                "Holds 300 people (3% of the serving workforce, from the largest system's record count)"));
    assertThat(survey.score()).isEqualTo(24);
    assertThat(survey.byFactor()).containsEntry(RiskFactor.ASSURANCE, 10);
  }

  @Test
  void resolvedFindingsStopCounting() {
    FindingsInput input = input();

    PartyRisk withNone = SupplierRisk.standard().rank(input, List.of()).get(0);
    PartyRisk withAll =
        SupplierRisk.standard()
            .rank(input, FindingsEngine.standard().evaluate(input).findings())
            .get(0);

    assertThat(withNone.byFactor()).doesNotContainKey(RiskFactor.FINDINGS);
    assertThat(withAll.score()).isGreaterThan(withNone.score());
  }
}
