package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.core.custody.CustodyFixtures.day;
import static uk.warden.core.custody.CustodyFixtures.transfer;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.Person;

class RegulatorReportTest {

  private static final Set<String> CARD_FILE =
      Set.of(
          "user.name",
          "user.workforce.warrant_number",
          "user.biometric.photo",
          "user.workforce.vetting_level",
          "user.workforce.rank");

  private final PersonAttributes attributes =
      PersonAttributes.of(RegisterPeople.PEOPLE, RegisterPeople.UNITS, RegisterPeople.TODAY);
  private final CustodyLedger ledger = new CustodyLedger(RetentionRules.none());

  private RegulatorReport draft(Incident incident, int now) {
    Impact impact =
        ImpactEngine.assess(incident, ledger, attributes, RiskMatrix.standard(), day(now));
    return RegulatorReport.draft(incident, impact);
  }

  private static Incident cardPrinterBreach(ExposureWindow window) {
    return Incident.of(
        "INC-2023-031", "Warrant card printer breach", Set.of("cardco"), window, day(40), day(41));
  }

  @Test
  void reportHoldsNoNames() {
    ledger.add(transfer(1, "cardco", 1, CARD_FILE, 0, 1, 2, 3, 4));

    RegulatorReport report = draft(cardPrinterBreach(ExposureWindow.unknown()), 42);

    String text = report.toString();
    for (Person person : RegisterPeople.PEOPLE) {
      assertThat(text)
          .doesNotContain(person.surname())
          .doesNotContain(person.payNumber())
          .doesNotContain(person.forenames());
    }
    assertThat(report.scale().peopleUpTo()).isEqualTo(5);
  }

  @Test
  void ticksTheIcoBoxesForWardenCategories() {
    ledger.add(transfer(1, "cardco", 1, CARD_FILE, 0, 1));

    RegulatorReport report = draft(cardPrinterBreach(ExposureWindow.between(day(2), day(3))), 42);

    assertThat(report.dataCategories())
        .containsExactly(
            IcoDataCategory.BASIC_PERSONAL_IDENTIFIERS,
            IcoDataCategory.IDENTIFICATION_DATA,
            IcoDataCategory.OFFICIAL_DOCUMENTS,
            IcoDataCategory.OTHER);
    assertThat(report.otherDataCategories()).containsExactly("Rank or grade", "Vetting level");
  }

  @Test
  void photosUsedForFacialRecognitionAreBiometric() {
    IcoCategoryMapping mapping = IcoCategoryMapping.standard();

    assertThat(mapping.categoriesOf("user.biometric.photo"))
        .containsExactly(IcoDataCategory.BASIC_PERSONAL_IDENTIFIERS);
    assertThat(mapping.photosUsedForFacialRecognition().categoriesOf("user.biometric.photo"))
        .containsExactly(IcoDataCategory.GENETIC_BIOMETRIC);
    assertThat(mapping.categoriesOf("user.workforce.warrant_number"))
        .containsExactly(IcoDataCategory.IDENTIFICATION_DATA, IcoDataCategory.OFFICIAL_DOCUMENTS);
    assertThat(mapping.categoriesOf("user.unheard_of")).containsExactly(IcoDataCategory.OTHER);
    assertThat(mapping.map(List.of(), DataTaxonomy.standard()).categories())
        .containsExactly(IcoDataCategory.NOT_YET_KNOWN);
  }

  @Test
  void everyStandardCategoryHasATickBox() {
    IcoCategoryMapping mapping = IcoCategoryMapping.standard();

    DataTaxonomy.standard()
        .categories()
        .forEach(category -> assertThat(mapping.categoriesOf(category.key())).isNotEmpty());
  }

  @Test
  void givesTheScaleFromTheBestCaseCertainUpToTheWorstCase() {
    ledger.add(transfer(1, "cardco", 1, Set.of("user.name"), 0, 1));
    ledger.add(transfer(2, "cardco", 30, Set.of("user.name", "user.biometric.photo"), 2));
    ledger.add(transfer(3, "cardco", 50, Set.of("user.name"), 3, 4));

    RegulatorReport report = draft(cardPrinterBreach(ExposureWindow.unknown()), 60);

    assertThat(report.scale()).isEqualTo(new RegulatorReport.Scale(3, 5, 4, 6));
  }

  @Test
  void sortsDataSubjectsIntoTheFormsCategories() {
    ledger.add(transfer(1, "cardco", 1, Set.of("user.name"), 0, 2, 3, 4));

    RegulatorReport report = draft(cardPrinterBreach(ExposureWindow.between(day(2), day(3))), 42);

    assertThat(report.dataSubjects())
        .isEqualTo(EnumSet.of(IcoDataSubject.EMPLOYEES, IcoDataSubject.OTHER));
    assertThat(report.otherDataSubjects()).containsExactly("Contractor", "Special constable");
  }

  @Test
  void judgesLikelihoodFromTheTiers() {
    ledger.add(transfer(1, "cardco", 1, CARD_FILE, 0));

    RegulatorReport report = draft(cardPrinterBreach(ExposureWindow.between(day(2), day(3))), 42);

    assertThat(report.likelihood()).isEqualTo(IcoLikelihood.VERY_LIKELY);
    assertThat(report.likelyConsequences()).contains("1 at high risk");
  }

  @Test
  void flagsALateReportWithNoReasonForTheDelay() {
    ledger.add(transfer(1, "cardco", 1, Set.of("user.name"), 0));
    Incident incident = cardPrinterBreach(ExposureWindow.between(day(2), day(3)));

    RegulatorReport report = draft(incident, 45);

    assertThat(report.deadline()).isEqualTo(day(41).plus(Duration.ofHours(72)));
    assertThat(report.late()).isTrue();
    assertThat(report.reasonForDelayMissing()).isTrue();
    assertThat(report.reportType()).isEqualTo(IcoReportType.INITIAL);
  }
}
