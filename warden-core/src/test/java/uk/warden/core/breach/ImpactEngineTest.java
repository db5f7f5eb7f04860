package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.custody.CustodyFixtures.day;
import static uk.warden.core.custody.CustodyFixtures.deleteAll;
import static uk.warden.core.custody.CustodyFixtures.deleteTransfer;
import static uk.warden.core.custody.CustodyFixtures.transfer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

class ImpactEngineTest {

  private static final String NAME = "user.name";
  private static final String PHOTO = "user.biometric.photo";
  private static final String VETTING = "user.workforce.vetting_level";
  private static final String BANK = "user.financial.bank_account";
  private static final String RANK = "user.workforce.rank";

  /** 1 PC, 2 a counter-terrorism sergeant with SC who has left, 3 staff, 4 a contractor. */
  private static final PersonAttributes PEOPLE =
      PersonAttributes.builder()
          .add(
              1,
              PersonKind.OFFICER,
              EmploymentStatus.SERVING,
              "PC",
              "response",
              null,
              Set.of(),
              Set.of())
          .add(
              2,
              PersonKind.OFFICER,
              EmploymentStatus.LEFT,
              "SGT",
              "ct",
              ClearanceLevel.SC,
              Set.of(ClearanceLevel.SC, ClearanceLevel.NPPV3),
              Set.of(SensitivityFlag.COUNTER_TERRORISM))
          .add(
              3,
              PersonKind.STAFF,
              EmploymentStatus.SERVING,
              "Band C",
              "hr",
              ClearanceLevel.NPPV2A,
              Set.of(ClearanceLevel.NPPV2A),
              Set.of())
          .add(
              4,
              PersonKind.CONTRACTOR,
              EmploymentStatus.SERVING,
              null,
              null,
              null,
              Set.of(),
              Set.of())
          .build();

  private final CustodyLedger ledger = new CustodyLedger(RetentionRules.none());

  private static Incident incident(@Nullable Instant from, @Nullable Instant to) {
    return Incident.of(
        "INC-7",
        "Card printer breach",
        Set.of("cardco"),
        new ExposureWindow(from, to),
        day(60),
        day(62));
  }

  private Impact assess(Incident incident, int now) {
    return ImpactEngine.assess(incident, ledger, PEOPLE, RiskMatrix.standard(), day(now));
  }

  @Test
  void worstCaseWindowStartsAtFirstTransfer() {
    ledger.add(transfer(1, "cardco", 10, Set.of(NAME), 1));
    ledger.add(transfer(2, "cardco", 40, Set.of(NAME), 2));

    Impact impact = assess(incident(null, day(50)), 90);

    assertThat(impact.windowKnown()).isFalse();
    assertThat(impact.worstCase().from()).isEqualTo(day(10));
    assertThat(impact.worstCase().to()).isEqualTo(day(50));
  }

  @Test
  void bestCaseStartsAtTheLastTransferBeforeTheKnownEnd() {
    ledger.add(transfer(1, "cardco", 10, Set.of(NAME), 1));
    ledger.add(deleteTransfer(100, "cardco", 30, 1));
    ledger.add(transfer(2, "cardco", 40, Set.of(NAME), 2));
    ledger.add(transfer(3, "cardco", 55, Set.of(NAME), 3));

    Impact impact = assess(incident(null, day(50)), 90);

    assertThat(impact.bestCase().from()).isEqualTo(day(40));
    assertThat(impact.bestCase().to()).isEqualTo(day(50));
    assertThat(impact.worstCase().exposed().toArray()).containsExactly(1, 2);
    assertThat(impact.bestCase().exposed().toArray()).containsExactly(2);
    assertThat(impact.evidence())
        .extracting(Evidence::kind, Evidence::deletionId, Evidence::people)
        .containsExactly(
            tuple(EvidenceKind.ASSUMPTION, null, 1), tuple(EvidenceKind.DELETION, 100L, 1));
  }

  @Test
  void unknownEndRunsTheWorstCaseToNowAndTheBestCaseIsTheKnownStart() {
    ledger.add(transfer(1, "cardco", 5, Set.of(NAME), 1));
    ledger.add(transfer(2, "cardco", 50, Set.of(NAME), 2, 3));

    Impact impact = assess(incident(day(20), null), 90);

    assertThat(impact.worstCase().from()).isEqualTo(day(20));
    assertThat(impact.worstCase().to()).isEqualTo(day(90));
    assertThat(impact.bestCase().from()).isEqualTo(day(20));
    assertThat(impact.bestCase().to()).isEqualTo(day(20));
    assertThat(impact.worstCase().exposed().size()).isEqualTo(3);
    assertThat(impact.bestCase().exposed().toArray()).containsExactly(1);
    assertThat(impact.evidence())
        .extracting(Evidence::kind, Evidence::transferId, Evidence::people)
        .containsExactly(
            tuple(EvidenceKind.ASSUMPTION, null, 2), tuple(EvidenceKind.TRANSFER, 2L, 2));
    assertThat(impact.evidence().get(1).what()).contains("Transfer 2 to cardco");
  }

  @Test
  void withNoKnownEndTheBestCaseEndsWhenTheBreachWasFirstKnown() {
    ledger.add(transfer(1, "cardco", 10, Set.of(NAME), 1));
    ledger.add(transfer(2, "cardco", 50, Set.of(NAME), 2));
    ledger.add(transfer(3, "cardco", 61, Set.of(NAME), 3));

    Impact impact = assess(incident(null, null), 90);

    assertThat(impact.worstCase().from()).isEqualTo(day(10));
    assertThat(impact.worstCase().to()).isEqualTo(day(90));
    assertThat(impact.bestCase().from()).as("last transfer before discovery").isEqualTo(day(50));
    assertThat(impact.bestCase().to()).as("discovered on day 60").isEqualTo(day(60));
    assertThat(impact.bestCase().exposed().toArray()).containsExactly(1, 2);
    assertThat(impact.worstCase().exposed().toArray()).containsExactly(1, 2, 3);
  }

  @Test
  void certainOnlyWhenHeldThroughoutTheWindow() {
    ledger.add(transfer(1, "cardco", 5, Set.of(NAME), 1, 2));
    ledger.add(transfer(2, "cardco", 15, Set.of(NAME), 3));
    ledger.add(deleteTransfer(100, "cardco", 18, 1));
    ledger.add(transfer(3, "cardco", 17, Set.of(NAME), 2));

    Exposure exposure = assess(incident(day(10), day(20)), 90).worstCase();

    assertThat(exposure.exposed().toArray()).containsExactly(1, 2, 3);
    assertThat(exposure.certain().toArray())
        .as("2 was re-sent before the first file was deleted")
        .containsExactly(2);
    assertThat(exposure.possible().toArray()).containsExactly(1, 3);
  }

  @Test
  void dataPastRetentionWithoutDeletionCountsAsPossible() {
    CustodyLedger retained = new CustodyLedger(RetentionRules.of(Map.of("cardco-dsa", day(15))));
    retained.add(transfer(1, "cardco", 1, null, "cardco-dsa", Set.of(NAME), PersonSet.of(1, 2)));
    retained.add(transfer(2, "cardco", 2, null, null, Set.of(NAME), PersonSet.of(2)));

    Impact impact =
        ImpactEngine.assess(
            incident(day(20), day(30)), retained, PEOPLE, RiskMatrix.standard(), day(90));

    Exposure exposure = impact.worstCase();
    assertThat(exposure.exposed().toArray()).containsExactly(1, 2);
    assertThat(exposure.certain().toArray()).containsExactly(2);
    assertThat(exposure.possible().toArray()).containsExactly(1);
    assertThat(exposure.overdue().toArray()).containsExactly(1);
    assertThat(impact.evidence())
        .singleElement()
        .satisfies(
            evidence -> {
              assertThat(evidence.kind()).isEqualTo(EvidenceKind.RETENTION);
              assertThat(evidence.agreement()).isEqualTo("cardco-dsa");
              assertThat(evidence.people()).isEqualTo(1);
            });
  }

  @Test
  void deletedBeforeTheWindowIsNotExposed() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME), 1));
    ledger.add(deleteAll(100, "cardco", 5));

    Exposure exposure = assess(incident(day(10), day(20)), 90).worstCase();

    assertThat(exposure.exposed().isEmpty()).isTrue();
    assertThat(exposure.aggregates().total()).isEqualTo(Count.ZERO);
  }

  @Test
  void restrictsToTheSystemsAndCategoriesKnownToBeInvolved() {
    ledger.add(transfer(1, "cardco", 1, "print-spool", null, Set.of(NAME, PHOTO), PersonSet.of(1)));
    ledger.add(transfer(2, "cardco", 1, "billing", null, Set.of(NAME, BANK), PersonSet.of(2)));
    Incident incident =
        new Incident(
            "INC-8",
            "Spool server breach",
            BreachType.CONFIDENTIALITY,
            Set.of("cardco"),
            Set.of("print-spool"),
            Set.of(PHOTO),
            ExposureWindow.between(day(5), day(6)),
            day(7),
            day(7),
            null,
            null,
            null);

    Exposure exposure = assess(incident, 10).worstCase();

    assertThat(exposure.exposed().toArray()).containsExactly(1);
    assertThat(exposure.categoriesOf(1)).containsExactly(PHOTO);
  }

  @Test
  void sortsPeopleIntoTiersByWhatWasExposedAndWhoTheyAre() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME, PHOTO), 2));
    ledger.add(transfer(2, "cardco", 1, Set.of(NAME, VETTING), 1));
    ledger.add(transfer(3, "cardco", 1, Set.of(NAME, BANK), 3));
    ledger.add(transfer(4, "cardco", 1, Set.of(PHOTO, RANK), 4));

    Impact impact = assess(incident(day(2), day(3)), 10);
    Exposure exposure = impact.worstCase();

    assertThat(impact.highRisk().toArray()).containsExactly(1, 2);
    assertThat(exposure.tierOf(2)).contains(RiskTier.HIGH);
    assertThat(exposure.tierOf(1)).contains(RiskTier.HIGH);
    assertThat(exposure.tierOf(3)).contains(RiskTier.MEDIUM);
    assertThat(exposure.tierOf(4)).as("a photo with no identity").contains(RiskTier.LOW);
    assertThat(exposure.tierOf(99)).isEmpty();
    assertThat(exposure.tierRules())
        .extracting(TierRuleCount::rule, TierRuleCount::people)
        .containsExactly(
            tuple("recognisable-in-sensitive-role", 1),
            tuple("high-risk-combination", 1),
            tuple("identity-with-harmful-data", 1));
  }

  @Test
  void countsPeopleAndRecordsByGroup() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME, PHOTO), 1, 2, 3));
    ledger.add(transfer(2, "cardco", 1, Set.of(RANK), 2, 4, 7));

    Aggregates aggregates = assess(incident(day(2), day(3)), 10).worstCase().aggregates();

    assertThat(aggregates.total()).isEqualTo(new Count(5, 9));
    assertThat(aggregates.byKind())
        .containsExactly(
            Map.entry(PersonKind.OFFICER, new Count(2, 5)),
            Map.entry(PersonKind.STAFF, new Count(1, 2)),
            Map.entry(PersonKind.CONTRACTOR, new Count(1, 1)));
    assertThat(aggregates.leavers()).isEqualTo(new Count(1, 3));
    assertThat(aggregates.byRankOrGrade())
        .containsEntry("SGT", new Count(1, 3))
        .containsEntry(PersonAttributes.UNRECORDED, new Count(1, 1));
    assertThat(aggregates.byUnit()).containsEntry("ct", new Count(1, 3));
    assertThat(aggregates.byClearance())
        .containsExactly(
            Map.entry(ClearanceLevel.NPPV2A, new Count(1, 2)),
            Map.entry(ClearanceLevel.SC, new Count(1, 3)));
    assertThat(aggregates.uncleared()).isEqualTo(new Count(2, 3));
    assertThat(aggregates.byCategory())
        .containsEntry(NAME, new Count(3, 3))
        .containsEntry(RANK, new Count(3, 3));
    assertThat(aggregates.unregistered()).as("7 is not in the register").isEqualTo(new Count(1, 1));
    assertThat(aggregates.byTier().values().stream().mapToLong(Count::people).sum()).isEqualTo(5);
  }

  @Test
  void looksUpOnePersonsCategoriesOnDemand() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME, PHOTO), 1, 2));
    ledger.add(transfer(2, "cardco", 1, Set.of(RANK), 2));

    Exposure exposure = assess(incident(day(2), day(3)), 10).worstCase();

    assertThat(exposure.categoriesOf(2)).containsExactly(PHOTO, NAME, RANK);
    assertThat(exposure.categoriesOf(1)).containsExactly(PHOTO, NAME);
    assertThat(exposure.categoriesOf(3)).isEmpty();
  }

  @Test
  void aKnownWindowHasOneCaseAndNoAssumptions() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME), 1));

    Impact impact = assess(incident(day(2), day(3)), 10);

    assertThat(impact.windowKnown()).isTrue();
    assertThat(impact.bestCase()).isSameAs(impact.worstCase());
    assertThat(impact.evidence()).isEmpty();
  }

  @Test
  void printsCountsNotPeople() {
    ledger.add(transfer(1, "cardco", 1, Set.of(NAME), 1, 2));

    Impact impact = assess(incident(day(2), day(3)), 10);

    assertThat(impact.toString()).contains("exposed=2").doesNotContain("PersonSet[");
  }
}
