package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.breach.Exposure;
import uk.warden.core.breach.Impact;
import uk.warden.core.breach.ImpactEngine;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.breach.RiskMatrix;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.HeldSpan;
import uk.warden.core.custody.Holdings;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;
import uk.warden.synth.SyntheticForce.PlantedProblem;

/** The three-year custody history of the synthetic force, and the stories it tells. */
class SyntheticCustodyTests {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final Instant END_OF_AS_OF =
      AS_OF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final int FIRST_ID = 1;

  private static final String VETTING = "user.workforce.vetting_level";
  private static final String HEALTH = "user.health_and_medical";

  private static SyntheticForce force;
  private static CustodyHistory history;
  private static List<Person> people;
  private static CustodyLedger ledger;
  private static RetentionRules retention;

  @BeforeAll
  static void generate() {
    force = SyntheticForce.generate(new ForceSpec(20_000, 2023, AS_OF));
    history = force.custody(FIRST_ID);
    people = numbered(force, FIRST_ID);
    retention = RetentionRules.fromAgreements(force.agreements(), ZoneOffset.UTC);
    ledger = CustodyLedger.of(retention, history.transfers(), history.deletions());
  }

  // ---- determinism and numbering ----

  @Test
  void sameSpecGivesIdenticalHistory() {
    ForceSpec spec = new ForceSpec(3_000, 11, AS_OF);

    CustodyHistory first = SyntheticForce.generate(spec).custody(FIRST_ID);
    CustodyHistory second = SyntheticForce.generate(spec).custody(FIRST_ID);

    assertThat(second.transfers()).isEqualTo(first.transfers());
    assertThat(second.deletions()).isEqualTo(first.deletions());
  }

  @Test
  void anotherSeedGivesAnotherHistoryOfTheSameShape() {
    ForceSpec spec = new ForceSpec(3_000, 11, AS_OF);

    CustodyHistory one = SyntheticForce.generate(spec).custody(FIRST_ID);
    CustodyHistory other = SyntheticForce.generate(spec.withSeed(12)).custody(FIRST_ID);

    assertThat(other.transfers()).isNotEqualTo(one.transfers());
    assertThat(parties(other)).isEqualTo(parties(one));
  }

  @Test
  void firstIdShiftsEveryPersonAndNothingElse() {
    SyntheticForce small = SyntheticForce.generate(new ForceSpec(1_000, 5, AS_OF));
    CustodyHistory fromOne = small.custody(1);
    CustodyHistory fromThousand = small.custody(1_001);

    assertThat(fromThousand.transfers()).hasSameSizeAs(fromOne.transfers());
    for (int i = 0; i < fromOne.transfers().size(); i++) {
      Transfer a = fromOne.transfers().get(i);
      Transfer b = fromThousand.transfers().get(i);
      assertThat(b.at()).isEqualTo(a.at());
      assertThat(b.toParty()).isEqualTo(a.toParty());
      assertThat(b.people().toArray())
          .isEqualTo(Arrays.stream(a.people().toArray()).map(id -> id + 1_000).toArray());
    }
  }

  @Test
  void transfersAndDeletionsAreNumberedFromOneInTimeOrder() {
    List<Transfer> transfers = history.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      assertThat(transfers.get(i).id()).isEqualTo(i + 1L);
      if (i > 0) {
        assertThat(transfers.get(i).at()).isAfterOrEqualTo(transfers.get(i - 1).at());
      }
    }
    List<Deletion> deletions = history.deletions();
    for (int i = 0; i < deletions.size(); i++) {
      assertThat(deletions.get(i).id()).isEqualTo(i + 1L);
      if (i > 0) {
        assertThat(deletions.get(i).at()).isAfterOrEqualTo(deletions.get(i - 1).at());
      }
    }
  }

  // ---- validity against the catalogue ----

  @Test
  void everyTransferNamesThePartiesSystemsAndAgreementsOfTheCatalogue() {
    assertValid(force, history, FIRST_ID);
  }

  @Test
  void everyPartyThatHostsASystemOrHasAnAgreementReceivesData() {
    Set<String> holders = new HashSet<>();
    force.systems().stream().map(DataSystem::hostCode).filter(h -> h != null).forEach(holders::add);
    force.agreements().forEach(a -> holders.add(a.partyCode()));

    assertThat(parties(history)).containsAll(holders);
    // An internal department too: the leavers list goes to Professional Standards.
    assertThat(parties(history)).contains("professional-standards");
  }

  @Test
  void threeYearsOfMonthlyFilesEndingOnTheAsOfDay() {
    Map<String, List<Transfer>> byParty = byParty(history.transfers());

    assertThat(byParty.get("payroll-bureau")).hasSize(RunCalendar.RUNS);
    assertThat(byParty.get("id-card-maker")).hasSize(RunCalendar.RUNS);
    assertThat(history.transfers().get(0).at())
        .isBetween(instant(AS_OF.minusMonths(36)), instant(AS_OF.minusMonths(35)));
    assertThat(history.transfers().get(history.transfers().size() - 1).at())
        .isBetween(instant(AS_OF.minusMonths(1)), END_OF_AS_OF);
  }

  @Test
  void filesTheForceSendsLeaveOnWorkingDaysInWorkingHours() {
    Map<String, Party> parties = byCode(force.parties(), Party::code);
    for (Transfer transfer : history.transfers()) {
      if (parties.get(transfer.toParty()).kind() == PartyKind.SUB_PROCESSOR) {
        continue; // a supplier's onward copy, made by its machines when they run
      }
      LocalDateTime at = LocalDateTime.ofInstant(transfer.at(), ZoneOffset.UTC);
      assertThat(at.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(at.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
    }
  }

  @Test
  void peopleAreOnlySentToSystemsWhosePopulationHoldsThem() {
    Map<String, DataSystem> systems = byCode(force.systems(), DataSystem::code);
    List<String> violations = new ArrayList<>();
    long checked = 0;
    for (Transfer transfer : history.transfers()) {
      DataSystem system = systems.get(transfer.toSystem());
      LocalDate day = LocalDate.ofInstant(transfer.at(), ZoneOffset.UTC);
      for (int id : transfer.people().toArray()) {
        Person person = people.get(id - FIRST_ID);
        checked++;
        if (!system.population().kinds().contains(person.kind())) {
          violations.add(person + " is not of a kind " + system.code() + " holds");
        } else if (!system.population().includesLeavers()
            && person.leavingDate() != null
            && !day.isBefore(person.leavingDate())) {
          violations.add(person + " sent to " + system.code() + " on " + day + " after leaving");
        }
      }
    }
    assertThat(checked).isEqualTo(history.memberships());
    assertThat(violations).isEmpty();
  }

  @Test
  void categoriesOutsideTheAgreementAreReallySent() {
    Map<String, Agreement> agreements = byCode(force.agreements(), Agreement::code);
    for (Transfer transfer : byParty(history.transfers()).get("id-card-maker")) {
      assertThat(transfer.categories()).contains(VETTING);
      assertThat(agreements.get(transfer.agreement()).permittedCategories())
          .doesNotContain(VETTING);
    }
    for (Transfer transfer : byParty(history.transfers()).get("training-provider")) {
      assertThat(transfer.categories()).contains(HEALTH);
    }
  }

  @Test
  void theUnapprovedPrintBureauIsTheOnlyRecipientWithNoApprover() {
    for (Transfer transfer : history.transfers()) {
      if (transfer.toParty().equals("id-print-bureau")) {
        assertThat(transfer.approvedBy()).isNull();
        assertThat(transfer.agreement()).isNull();
      } else {
        assertThat(transfer.approvedBy()).isNotBlank().doesNotContainPattern("[0-9]");
      }
    }
  }

  // ---- deletions ----

  @Test
  void deletionsUseAllThreeScopesAndNameOnlyEarlierTransfersOfTheirParty() {
    Map<Long, Transfer> transfers = new HashMap<>();
    history.transfers().forEach(t -> transfers.put(t.id(), t));
    Set<Class<?>> scopes = new HashSet<>();
    for (Deletion deletion : history.deletions()) {
      scopes.add(deletion.scope().getClass());
      assertThat(deletion.at()).isBefore(END_OF_AS_OF);
      if (deletion.scope() instanceof DeletionScope.OneTransfer one) {
        Transfer destroyed = transfers.get(one.transferId());
        assertThat(destroyed.toParty()).isEqualTo(deletion.party());
        assertThat(destroyed.at()).isBefore(deletion.at());
      }
    }
    assertThat(scopes)
        .containsExactlyInAnyOrder(
            DeletionScope.OneTransfer.class, DeletionScope.People.class, DeletionScope.All.class);
    assertThat(ledger.party("id-card-maker").deletions()).isEmpty();
    assertThat(ledger.party("id-print-bureau").deletions()).isEmpty();
    assertThat(ledger.party("recruitment-platform").deletions()).isEmpty();
  }

  @Test
  void theLedgerIndexesTheWholeHistory() {
    assertThat(ledger.transferCount()).isEqualTo(history.transfers().size());
    assertThat(ledger.membershipCount()).isEqualTo(history.memberships());
    assertThat(ledger.parties()).isEqualTo(parties(history));
  }

  // ---- the stories ----

  @Test
  void theCardMakerStillHoldsLeaversOnTheAsOfDay() {
    Holdings held = ledger.holdings("id-card-maker", END_OF_AS_OF);
    Instant firstFile = ledger.party("id-card-maker").transfers().get(0).at();

    List<Person> leavers =
        people.stream()
            .filter(p -> p.status() == EmploymentStatus.LEFT)
            .filter(p -> instant(p.leavingDate()).isAfter(firstFile.plusSeconds(86_400)))
            .toList();
    assertThat(leavers).isNotEmpty();
    leavers.forEach(leaver -> assertThat(held.held().contains(leaver.id())).isTrue());
    assertThat(held.category(VETTING).size()).isEqualTo(held.held().size());
  }

  @Test
  void thePayrollBureauHoldsOneMonthsFileNotThirtySix() {
    List<Transfer> files = ledger.party("payroll-bureau").transfers();
    Transfer last = files.get(files.size() - 1);
    Holdings held = ledger.holdings("payroll-bureau", END_OF_AS_OF);
    PersonSet everPaid = PersonSet.union(files.stream().map(Transfer::people).toList());

    assertThat(held.held()).isEqualTo(last.people());
    assertThat(everPaid.size()).isGreaterThan(held.held().size());
    long stillHeldFiles =
        ledger.party("payroll-bureau").spans().stream()
            .filter(span -> span.heldAt(END_OF_AS_OF))
            .map(HeldSpan::transfer)
            .distinct()
            .count();
    assertThat(stillHeldFiles).isEqualTo(1);
    // The file is everyone paid that month: all who still serve, and the last few leavers.
    DataSystem payroll = byCode(force.systems(), DataSystem::code).get("payroll");
    long serving =
        people.stream()
            .filter(p -> p.status() != EmploymentStatus.LEFT)
            .filter(p -> payroll.population().kinds().contains(p.kind()))
            .count();
    assertThat((double) last.people().size()).isBetween(serving * 1.0, serving * 1.02);
  }

  @Test
  void theTrainingProviderErasesLeaversAQuarterAfterTheyLeave() {
    Holdings held = ledger.holdings("training-provider", END_OF_AS_OF);
    LocalDate longGone = AS_OF.minusMonths(5);
    LocalDate recently = AS_OF.minusMonths(2);

    List<Person> leaversHeld =
        people.stream()
            .filter(p -> p.leavingDate() != null && held.held().contains(p.id()))
            .toList();
    assertThat(leaversHeld).isNotEmpty();
    assertThat(leaversHeld).allMatch(p -> p.leavingDate().isAfter(longGone));
    assertThat(leaversHeld).anyMatch(p -> p.leavingDate().isAfter(recently));
  }

  @Test
  void theRecruitmentPlatformKeepsEverythingPastItsContractUntilItIsOverdue() {
    Agreement recruitment = byCode(force.agreements(), Agreement::code).get("agr-recruitment");
    assertThat(force.plantedProblems())
        .anyMatch(
            p ->
                p.kind().equals(PlantedProblem.AGREEMENT_EXPIRED)
                    && p.subject().equals("recruitment-platform"));
    for (Transfer transfer : ledger.party("recruitment-platform").transfers()) {
      assertThat(LocalDate.ofInstant(transfer.at(), ZoneOffset.UTC))
          .isBeforeOrEqualTo(recruitment.end());
    }

    Holdings atAsOf = ledger.holdings("recruitment-platform", END_OF_AS_OF);
    assertThat(atAsOf.held().size()).isGreaterThan(1_000);

    // Nobody attested a deletion, so once retention runs out all of it is held only as overdue.
    Instant lapse = retention.lapseOf("agr-recruitment");
    Instant overdueFrom = lapse.isAfter(END_OF_AS_OF) ? lapse : END_OF_AS_OF;
    Holdings later = ledger.holdings("recruitment-platform", overdueFrom);
    assertThat(later.held()).isEqualTo(atAsOf.held());
    assertThat(later.overdue()).isEqualTo(later.held());
  }

  @Test
  void theStaffSurveyCertifiedDestructionOfEverythingItHeld() {
    List<Deletion> certificates = ledger.party("staff-survey").deletions();
    assertThat(certificates).hasSize(1);
    Deletion certificate = certificates.get(0);

    assertThat(certificate.scope()).isInstanceOf(DeletionScope.All.class);
    assertThat(certificate.evidence()).containsPattern("DC-\\d{4}-\\d{4}");
    assertThat(ledger.holdings("staff-survey", certificate.at().minusSeconds(60)).held().size())
        .isGreaterThan(1_000);
    assertThat(ledger.holdings("staff-survey", END_OF_AS_OF).held().isEmpty()).isTrue();
  }

  // ---- the breach ----

  @Test
  void theBreachScenarioIsTheCardMakerWithNeitherEndKnown() {
    Instant awareAt = AS_OF.atTime(11, 40).toInstant(ZoneOffset.UTC);

    Incident incident = force.breachScenario(awareAt);

    assertThat(incident.id()).isEqualTo("INC-2025-001");
    assertThat(incident.title()).startsWith("Kestrel Identity Cards");
    assertThat(incident.parties()).containsExactly("id-card-maker");
    assertThat(incident.window().from()).isNull();
    assertThat(incident.window().to()).isNull();
    assertThat(incident.awareAt()).isEqualTo(awareAt);
    assertThat(incident.discoveredAt()).isBefore(awareAt).isAfter(awareAt.minusSeconds(12 * 3_600));
    assertThat(force.breachScenario(awareAt)).isEqualTo(incident);
  }

  @Test
  void theWorstCaseAddsWhatWasSentAfterTheBreachWasFoundAndManyAreHighRisk() {
    // Kestrel told the force two months ago; the pass office kept sending it card files since.
    Instant awareAt = AS_OF.minusMonths(2).atTime(11, 40).toInstant(ZoneOffset.UTC);
    Impact impact = assess(force.breachScenario(awareAt), END_OF_AS_OF);

    Exposure worst = impact.worstCase();
    Exposure best = impact.bestCase();
    assertThat(impact.windowKnown()).isFalse();
    assertThat(worst.exposed().size()).isGreaterThan(best.exposed().size());
    assertThat(worst.exposed().containsAll(best.exposed())).isTrue();
    assertThat(worst.tier(RiskTier.HIGH).size()).isGreaterThan(worst.exposed().size() / 2);
    assertThat(best.tier(RiskTier.HIGH).isEmpty()).isFalse();
    assertThat(worst.byCategory()).containsKey(VETTING);
    PersonSet leavers =
        PersonSet.of(
            people.stream()
                .filter(p -> p.status() == EmploymentStatus.LEFT)
                .mapToInt(Person::id)
                .toArray());
    assertThat(worst.exposed().intersects(leavers)).isTrue();
  }

  @Test
  void withNothingDeletedEvenTheBestCaseIsEveryoneSentBeforeTheBreachWasFound() {
    Instant awareAt = AS_OF.atTime(11, 40).toInstant(ZoneOffset.UTC);
    Incident incident = force.breachScenario(awareAt);
    Impact impact = assess(incident, END_OF_AS_OF);

    PersonSet sentBefore =
        PersonSet.union(
            ledger.party("id-card-maker").transfers().stream()
                .filter(t -> t.at().isBefore(incident.discoveredAt()))
                .map(Transfer::people)
                .toList());
    assertThat(impact.bestCase().exposed()).isEqualTo(sentBefore);
    // The worst case cannot be sure of anyone carded after the first file.
    assertThat(impact.worstCase().certain().size()).isLessThan(impact.bestCase().certain().size());
  }

  // ---- size ----

  @Test
  void aSmallForceGetsAConsistentHistoryToo() {
    SyntheticForce small = SyntheticForce.generate(new ForceSpec(200, 3, AS_OF));
    CustodyHistory smallHistory = small.custody(FIRST_ID);

    assertValid(small, smallHistory, FIRST_ID);
    CustodyLedger smallLedger =
        smallHistory.ledger(RetentionRules.fromAgreements(small.agreements(), ZoneOffset.UTC));
    assertThat(smallLedger.holdings("id-card-maker", END_OF_AS_OF).held().size())
        .isEqualTo(200 - leftBeforeFirstCardFile(small, smallLedger));
  }

  @Test
  void theDefaultForceHistoryStaysWithinAFewMillionMemberships() {
    SyntheticForce standard = SyntheticForce.generate(ForceSpec.defaults(AS_OF));
    CustodyHistory full = standard.custody(FIRST_ID);

    assertThat(full.memberships()).isBetween(1_000_000L, 4_000_000L);
    assertThat(full.transfers().size()).isBetween(500, 1_000);
  }

  // ---- helpers ----

  private static Impact assess(Incident incident, Instant now) {
    PersonAttributes attributes = PersonAttributes.of(people, force.units(), AS_OF);
    return ImpactEngine.assess(incident, ledger, attributes, RiskMatrix.standard(), now);
  }

  private static void assertValid(SyntheticForce f, CustodyHistory h, int firstId) {
    Map<String, Party> parties = byCode(f.parties(), Party::code);
    Map<String, DataSystem> systems = byCode(f.systems(), DataSystem::code);
    Map<String, Agreement> agreements = byCode(f.agreements(), Agreement::code);
    Set<String> sources = forceControlled(f);
    int people = f.spec().people();
    assertThat(h.transfers()).isNotEmpty();
    for (Transfer transfer : h.transfers()) {
      Party party = parties.get(transfer.toParty());
      assertThat(party).as("party of %s", transfer).isNotNull();
      DataSystem system = systems.get(transfer.toSystem());
      assertThat(system).as("system of %s", transfer).isNotNull();
      if (party.kind() == PartyKind.INTERNAL) {
        assertThat(system.hostCode()).isNull();
      } else {
        assertThat(system.hostCode()).isEqualTo(party.code());
      }
      if (transfer.fromSystem() != null) {
        assertThat(systems).containsKey(transfer.fromSystem());
        boolean forceSent = sources.contains(transfer.fromSystem());
        // Otherwise it is a party's onward copy, from its own system or its parent's.
        assertThat(
                forceSent
                    || transfer.toParty().equals(party.code())
                        && party.parentCode() != null
                        && party.parentCode().equals(systems.get(transfer.fromSystem()).hostCode()))
            .as("source of %s", transfer)
            .isTrue();
      }
      LocalDate day = LocalDate.ofInstant(transfer.at(), ZoneOffset.UTC);
      if (transfer.agreement() != null) {
        Agreement agreement = agreements.get(transfer.agreement());
        assertThat(agreement).as("agreement of %s", transfer).isNotNull();
        assertThat(agreement.partyCode()).isEqualTo(transfer.toParty());
        assertThat(agreement.activeOn(day)).as("%s in force on %s", agreement.code(), day).isTrue();
      }
      assertThat(transfer.categories()).isNotEmpty();
      assertThat(system.categories()).containsAll(transfer.categories());
      assertThat(transfer.people().isEmpty()).isFalse();
      int[] ids = transfer.people().toArray();
      assertThat(ids[0]).isGreaterThanOrEqualTo(firstId);
      assertThat(ids[ids.length - 1]).isLessThan(firstId + people);
      assertThat(transfer.sha256()).matches("[0-9a-f]{64}");
      assertThat(transfer.at())
          .isAfter(instant(f.spec().asOf().minusMonths(36)))
          .isBefore(f.spec().asOf().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }

  /** The systems the force itself sends from: its in-house systems and its HR master record. */
  private static Set<String> forceControlled(SyntheticForce f) {
    Set<String> codes =
        f.systems().stream()
            .filter(s -> s.hostCode() == null)
            .map(DataSystem::code)
            .collect(Collectors.toCollection(HashSet::new));
    codes.add(CustodyFeeds.HR_MASTER);
    return codes;
  }

  private static int leftBeforeFirstCardFile(SyntheticForce f, CustodyLedger l) {
    LocalDate firstFile =
        LocalDate.ofInstant(l.party("id-card-maker").transfers().get(0).at(), ZoneOffset.UTC);
    int[] count = {0};
    f.forEachPerson(
        p -> {
          if (p.leavingDate() != null && !firstFile.isBefore(p.leavingDate())) {
            count[0]++;
          }
        });
    return count[0];
  }

  private static List<Person> numbered(SyntheticForce f, int firstId) {
    List<Person> list = new ArrayList<>(f.spec().people());
    f.forEachPerson(p -> list.add(p.withId(firstId + list.size())));
    return list;
  }

  private static Set<String> parties(CustodyHistory h) {
    return h.transfers().stream().map(Transfer::toParty).collect(Collectors.toSet());
  }

  private static Map<String, List<Transfer>> byParty(List<Transfer> transfers) {
    return transfers.stream().collect(Collectors.groupingBy(Transfer::toParty));
  }

  private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
    return values.stream().collect(Collectors.toMap(code, v -> v));
  }

  private static Instant instant(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
