package uk.warden.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.findings.Fixture.TODAY;
import static uk.warden.core.findings.Fixture.goodAssurance;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.Marking;

class SupplierChecksTests {

  private static final String NAME = "user.name";
  private static final String PHOTO = "user.biometric.photo";
  private static final String VETTING = "user.workforce.vetting_level";
  private static final String PAY = "user.workforce.pay_number";
  private static final String HEALTH = "user.health_and_medical";

  private static Assurance assurance(
      CyberEssentials ce,
      java.time.LocalDate ceExpires,
      Integer breachHours,
      Boolean subsApproved) {
    Assurance good = goodAssurance();
    return new Assurance(
        ce,
        ceExpires,
        good.iso27001Expires(),
        good.lastAudit(),
        good.lastAuditResult(),
        breachHours,
        true,
        true,
        subsApproved,
        good.requiredStaffVetting(),
        "UK");
  }

  @Test
  void reportsCategoriesNoAgreementPermits() {
    Fixture world =
        new Fixture()
            .internal("hr-department")
            .system("hr-files", "hr-department", Marking.OFFICIAL, 10, NAME, HEALTH)
            .supplier("cards")
            .agreement("agr-cards", "cards", TODAY.plusYears(1), 1, NAME, PHOTO, PAY)
            .system(
                "card-production",
                "cards",
                Marking.OFFICIAL_SENSITIVE,
                40_000,
                NAME,
                PHOTO,
                PAY,
                VETTING)
            .subProcessor("print", "cards", goodAssurance())
            .system("spool", "print", Marking.OFFICIAL_SENSITIVE, 40_000, NAME, PHOTO)
            .supplier("training")
            .agreement("agr-training", "training", TODAY.plusYears(1), 1, NAME)
            .holdings(new PartyHoldings("training", 900, 0, Map.of(NAME, 900, HEALTH, 120)));

    List<Finding> findings = world.findings("categories-outside-agreement");

    assertThat(findings).extracting(f -> f.subject().id()).containsExactly("cards", "training");
    Finding cards = findings.get(0);
    assertThat(cards.summary())
        .isEqualTo(
            "cards Ltd holds Vetting level, which none of its agreements (agr-cards) permits.");
    assertThat(cards.fact("categoriesOutside"))
        .isEqualTo("Vetting level (user.workforce.vetting_level)");
    assertThat(cards.fact("heldIn." + VETTING)).isEqualTo("systems card-production");
    assertThat(cards.fact("highRiskCombination")).contains("Vetting level");
    assertThat(findings.get(1).fact("heldIn." + HEALTH))
        .isEqualTo("sent by custody transfers; 120 people (custody)");
  }

  @Test
  void reportsEndedAgreementsWhoseDataIsNotConfirmedDeleted() {
    Fixture world =
        new Fixture()
            .supplier("portal")
            .agreement("agr-portal", "portal", TODAY.minusDays(120), 6, NAME)
            .system("recruitment", "portal", Marking.OFFICIAL, 5000, NAME)
            .supplier("survey")
            .agreement("agr-survey", "survey", TODAY.minusDays(30), 0, NAME)
            .system("responses", "survey", Marking.OFFICIAL, 800, NAME)
            .supplier("old-payroll")
            .agreement("agr-old-payroll", "old-payroll", TODAY.minusYears(2), 12, NAME)
            .agreement("agr-new-payroll", "old-payroll", TODAY.plusYears(2), 12, NAME)
            .holdings(new PartyHoldings("old-payroll", 5000, 1200, Map.of(NAME, 5000)))
            .supplier("moved-on")
            .agreement("agr-moved-on", "moved-on", TODAY.minusYears(1), 0, NAME)
            .holdings(new PartyHoldings("moved-on", 0, 0, Map.of()));

    List<Finding> findings = world.findings("agreement-ended-data-held");

    assertThat(findings)
        .extracting(f -> f.subject().id())
        .containsExactly("agr-old-payroll", "agr-portal");
    Finding payroll = findings.get(0);
    assertThat(payroll.fact("overduePeople")).isEqualTo("1,200");
    assertThat(payroll.fact("liveSystems")).isNull();
    Finding portal = findings.get(1);
    assertThat(portal.fact("liveSystems")).isEqualTo("recruitment");
    assertThat(portal.fact("retentionPassed")).isEqualTo("no");
    assertThat(portal.summary())
        .isEqualTo(
            "agr-portal with portal Ltd ended on "
                + TODAY.minusDays(120)
                + " (120 days ago), but the party still hosts recruitment with records; no deletion"
                + " is confirmed.");
  }

  @Test
  void listsEveryAssuranceGapOfAPartyHoldingData() {
    Assurance poor =
        new Assurance(
            CyberEssentials.PLUS,
            TODAY.minusDays(47),
            null,
            TODAY.minusMonths(14),
            null,
            24,
            true,
            true,
            true,
            null,
            "UK");
    Fixture world =
        new Fixture()
            .supplier("fleet", poor)
            .system("telematics", "fleet", Marking.OFFICIAL, 10, NAME)
            .supplier("idle", poor)
            .supplier("fine")
            .system("fine-system", "fine", Marking.OFFICIAL, 10, NAME);

    List<Finding> findings = world.findings("supplier-assurance-gap");
    FindingsReport relaxed =
        world.evaluate(
            Fixture.only(
                "supplier-assurance-gap", "{requireIso27001: false, auditWithinMonths: 0}"));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("fleet");
              assertThat(f.fact("gaps"))
                  .isEqualTo(
                      "Cyber Essentials Plus expired on "
                          + TODAY.minusDays(47)
                          + ", ISO/IEC 27001 not recorded, last audit on "
                          + TODAY.minusMonths(14)
                          + ", more than 12 months ago");
            });
    assertThat(relaxed.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.fact("gaps")).doesNotContain("ISO").doesNotContain("audit"));
  }

  @Test
  void reportsMissingOrSlowBreachClauses() {
    Fixture world =
        new Fixture()
            .supplier("travel", assurance(CyberEssentials.PLUS, TODAY.plusYears(1), null, true))
            .system("bookings", "travel", Marking.OFFICIAL, 10, NAME)
            .supplier("slow", assurance(CyberEssentials.PLUS, TODAY.plusYears(1), 96, true))
            .system("slow-system", "slow", Marking.OFFICIAL, 10, NAME)
            .supplier("prompt")
            .system("prompt-system", "prompt", Marking.OFFICIAL, 10, NAME);

    assertThat(world.findings("no-breach-notification-clause"))
        .extracting(f -> f.subject().id(), Finding::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "slow",
                "slow Ltd holds Name; its breach-notification clause allows 96 hours, more than 72."),
            org.assertj.core.groups.Tuple.tuple(
                "travel", "travel Ltd holds Name with no breach-notification clause recorded."));
  }

  @Test
  void reportsSubProcessorsTheirSupplierHasNoApprovalFor() {
    Fixture world =
        new Fixture()
            .supplier("cards", assurance(CyberEssentials.PLUS, TODAY.plusYears(1), 24, false))
            .subProcessor("print", "cards", goodAssurance())
            .system("spool", "print", Marking.OFFICIAL, 10, NAME, PHOTO)
            .supplier("hr-cloud", assurance(CyberEssentials.PLUS, TODAY.plusYears(1), 24, null))
            .subProcessor("host", "hr-cloud", goodAssurance())
            .system("backup", "host", Marking.OFFICIAL, 10, NAME)
            .supplier("bwv")
            .subProcessor("bwv-host", "bwv", goodAssurance())
            .system("offsite", "bwv-host", Marking.OFFICIAL, 10, NAME);

    assertThat(world.findings("sub-processor-not-approved"))
        .extracting(f -> f.subject().id(), f -> f.fact("approval"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("host", "no approval recorded"),
            org.assertj.core.groups.Tuple.tuple("print", "recorded as not approved"));
  }

  @Test
  void reportsOneSupplierHoldingTheCombinationForMostOfTheWorkforce() {
    Fixture world =
        new Fixture()
            .workforce(10_000)
            .supplier("cards")
            .system("production", "cards", Marking.OFFICIAL_SENSITIVE, 9_000, NAME, PHOTO)
            .supplier("small")
            .system("small-system", "small", Marking.OFFICIAL, 4_000, NAME, PHOTO)
            .supplier("plain")
            .system("plain-system", "plain", Marking.OFFICIAL, 10_000, NAME, PAY)
            .supplier("custody")
            .holdings(new PartyHoldings("custody", 6_000, 0, Map.of(NAME, 6_000, VETTING, 6_000)));

    List<Finding> findings = world.findings("workforce-concentration");

    assertThat(findings).extracting(f -> f.subject().id()).containsExactly("cards", "custody");
    assertThat(findings.get(0).fact("share")).isEqualTo("90%");
    assertThat(findings.get(1).fact("people")).isEqualTo("6,000");
  }

  @Test
  void reportsDataAServiceDoesNotNeedEvenWhenTheAgreementPermitsIt() {
    Fixture world =
        new Fixture()
            .supplier("cards")
            .agreement(
                "agr-cards",
                "cards",
                "Warrant card and staff pass production",
                "Print cards",
                TODAY.plusYears(1),
                1,
                NAME,
                PHOTO,
                PAY,
                VETTING)
            .system(
                "production", "cards", Marking.OFFICIAL_SENSITIVE, 100, NAME, PHOTO, PAY, VETTING)
            .supplier("hr-cloud")
            .agreement("agr-hr", "hr-cloud", TODAY.plusYears(1), 1, NAME, VETTING)
            .system("hr", "hr-cloud", Marking.OFFICIAL_SENSITIVE, 100, NAME, VETTING);

    FindingsReport report = world.evaluate(RuleSet.standard());

    assertThat(report.byRule("data-not-needed-for-purpose"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo("cards");
              assertThat(f.fact("unneeded"))
                  .isEqualTo("Vetting level (user.workforce.vetting_level)");
              assertThat(f.fact("profiles")).isEqualTo("identity-card-production");
            });
    assertThat(report.byRule("categories-outside-agreement")).isEmpty();
  }
}
