package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Classification;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.synth.SyntheticForce.PlantedProblem;

/** Parties, systems and agreements of the default force, and the problems planted in them. */
class RegisterCatalogueTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static SyntheticForce force;
  private static Map<String, Party> parties;
  private static Map<String, DataSystem> systems;

  @BeforeAll
  static void generate() {
    force = SyntheticForce.generate(ForceSpec.defaults(AS_OF));
    parties = byCode(force.parties(), Party::code);
    systems = byCode(force.systems(), DataSystem::code);
  }

  @Test
  void aboutTwentyFivePartiesOfEveryKind() {
    assertThat(force.parties()).hasSizeBetween(20, 30);
    assertThat(force.parties()).extracting(Party::kind).contains(PartyKind.values());
    assertThat(parties)
        .containsKeys(
            "id-card-maker",
            "id-print-bureau",
            "payroll-bureau",
            "pensions-administrator",
            "occupational-health",
            "training-provider",
            "fleet-management",
            "recruitment-platform",
            "bwv-storage",
            "vetting-service",
            "hr-erp-cloud",
            "firearms-licensing-supplier",
            "employee-assistance",
            "travel-agency",
            "hr-department",
            "professional-standards",
            "information-management");
  }

  @Test
  void everyCategoryKeyIsKnownToTheTaxonomy() {
    DataTaxonomy taxonomy = DataTaxonomy.standard();

    force.systems().forEach(s -> assertThat(taxonomy.unknown(s.categories())).isEmpty());
    force
        .agreements()
        .forEach(a -> assertThat(taxonomy.unknown(a.permittedCategories())).isEmpty());
  }

  @Test
  void everyHostAgreementPartyAndParentExists() {
    force.systems().stream()
        .filter(s -> !s.inHouse())
        .forEach(s -> assertThat(parties).containsKey(s.hostCode()));
    force.agreements().forEach(a -> assertThat(parties).containsKey(a.partyCode()));
    force.parties().stream()
        .filter(p -> p.parentCode() != null)
        .forEach(p -> assertThat(parties).containsKey(p.parentCode()));
    assertThat(systems).hasSize(force.systems().size());
    assertThat(byCode(force.agreements(), Agreement::code)).hasSize(force.agreements().size());
  }

  @Test
  void everySupplierHasOneOrTwoAgreementsAndSubProcessorsNone() {
    Map<String, Long> agreementsPerParty =
        force.agreements().stream()
            .collect(Collectors.groupingBy(Agreement::partyCode, Collectors.counting()));

    for (Party party : force.parties()) {
      long count = agreementsPerParty.getOrDefault(party.code(), 0L);
      if (party.kind() == PartyKind.SUPPLIER) {
        assertThat(count).as(party.code()).isBetween(1L, 2L);
      } else {
        assertThat(count).as(party.code()).isZero();
      }
    }
  }

  @Test
  void idCardMakerHoldsTheDigitalIdCategoriesForTheWholeServingWorkforce() {
    DataSystem cards =
        force.systems().stream()
            .filter(s -> "id-card-maker".equals(s.hostCode()))
            .findFirst()
            .orElseThrow();

    assertThat(cards.categories())
        .contains(
            "user.name",
            "user.workforce.rank",
            "user.biometric.photo",
            "user.workforce.vetting_level",
            "user.workforce.pay_number");
    assertThat(cards.population().kinds()).containsExactlyInAnyOrder(PersonKind.values());
    assertThat(cards.population().includesLeavers()).isFalse();
    assertThat(cards.recordCount())
        .isEqualTo(force.headcount(cards.population()))
        .isGreaterThan(40_000);
  }

  @Test
  void systemsAreInHouseAndHostedUnderEveryMarking() {
    assertThat(force.systems()).anyMatch(DataSystem::inHouse).anyMatch(s -> !s.inHouse());
    assertThat(force.systems())
        .extracting(DataSystem::marking)
        .contains(Marking.OFFICIAL, Marking.OFFICIAL_SENSITIVE);
    assertThat(force.systems())
        .filteredOn(s -> s.marking().classification() == Classification.SECRET)
        .extracting(DataSystem::code)
        .contains("ct-case-management");
    assertThat(force.systems()).allSatisfy(s -> assertThat(s.owner()).isNotBlank());
  }

  @Test
  void bodyWornVideoIsProcessedUnderPartThree() {
    Agreement bwv =
        force.agreements().stream()
            .filter(a -> a.partyCode().equals("bwv-storage"))
            .findFirst()
            .orElseThrow();
    DataTaxonomy taxonomy = DataTaxonomy.standard();

    assertThat(bwv.regime()).isEqualTo(Regime.DPA_PART3);
    assertThat(bwv.permittedCategories())
        .anyMatch(key -> taxonomy.get(key).regime() == Regime.DPA_PART3)
        .contains("user.law_enforcement.body_worn_video");
  }

  @Test
  void agreementsSayWhyForHowLongAndWhatHappensAtExit() {
    for (Agreement agreement : force.agreements()) {
      assertThat(agreement.purpose()).isNotBlank();
      assertThat(agreement.lawfulBasis()).isNotBlank();
      assertThat(agreement.exitTerms()).isNotBlank();
      assertThat(agreement.permittedCategories()).isNotEmpty();
      assertThat(agreement.start()).isBefore(AS_OF);
      assertThat(agreement.end()).isNotNull();
    }
  }

  @Test
  void plantedSupplierProblemsAreExactlyTheOnesAWardenCheckFinds() {
    Set<String> expected = new TreeSet<>();
    for (PlantedProblem problem : force.plantedProblems()) {
      if (!problem.subject().equals(PlantedProblem.PEOPLE)) {
        assertThat(parties).containsKey(problem.subject());
        expected.add(problem.kind() + " " + problem.subject());
      }
    }

    assertThat(naiveFindings()).isEqualTo(expected);
    assertThat(expected)
        .contains(
            "categories-outside-agreement id-card-maker",
            "categories-outside-agreement training-provider",
            "agreement-expired recruitment-platform",
            "cyber-essentials-lapsed fleet-management",
            "no-breach-notification-clause travel-agency",
            "sub-processor-not-approved id-print-bureau");
  }

  @Test
  void plantedPeopleProblemsArePresent() {
    boolean[] leaverStillCleared = {false};
    boolean[] expiredButActive = {false};
    force.forEachPerson(
        person -> {
          if (person.status() == EmploymentStatus.LEFT && person.highestClearance(AS_OF) != null) {
            leaverStillCleared[0] = true;
          }
          if (person.clearances().stream()
              .anyMatch(
                  c ->
                      c.status() == ClearanceStatus.ACTIVE
                          && c.expires() != null
                          && c.expires().isBefore(AS_OF))) {
            expiredButActive[0] = true;
          }
        });

    assertThat(force.plantedProblems())
        .extracting(PlantedProblem::kind)
        .contains(
            PlantedProblem.LEAVER_CLEARANCE_NOT_WITHDRAWN,
            PlantedProblem.CLEARANCE_EXPIRED_BUT_ACTIVE);
    assertThat(leaverStillCleared[0]).isTrue();
    assertThat(expiredButActive[0]).isTrue();
  }

  @Test
  void recordCountsArePositiveAndMatchThePeopleGenerated() {
    List<SystemPlan> plans = force.systemPlans();
    long[] counted = new long[plans.size()];
    force.forEachPerson(
        person -> {
          for (int i = 0; i < plans.size(); i++) {
            if (covers(plans.get(i), person)) {
              counted[i]++;
            }
          }
        });

    for (int i = 0; i < plans.size(); i++) {
      SystemPlan plan = plans.get(i);
      DataSystem system = systems.get(plan.code());
      long inPopulation = force.headcount(system.population());
      long members = plan.coverage().publicRecords(force.spec().people());
      assertThat(system.recordCount()).as(plan.code()).isPositive();
      assertThat(system.recordCount() - members).as(plan.code()).isBetween(1L, inPopulation);
      if (plan.coverage().scope() == Coverage.Scope.SHARE) {
        assertThat(counted[i]).as(plan.code()).isEqualTo(inPopulation);
      } else {
        assertThat(system.recordCount() - members).as(plan.code()).isEqualTo(counted[i]);
      }
    }
  }

  @Test
  void headcountOfAPopulationMatchesThePeople() {
    Population serving = new Population(Set.of(PersonKind.OFFICER), false);
    long[] officers = {0};
    force.forEachPerson(
        p -> {
          if (serving.includes(p)) {
            officers[0]++;
          }
        });

    assertThat(force.headcount(serving)).isEqualTo(officers[0]);
    assertThat(force.headcount(Population.WHOLE_WORKFORCE)).isEqualTo(45_000);
  }

  /** Who a system's coverage rule selects, checked person by person. */
  private static boolean covers(SystemPlan plan, Person person) {
    if (!plan.population().includes(person)) {
      return false;
    }
    Coverage coverage = plan.coverage();
    return switch (coverage.scope()) {
      case WHOLE_POPULATION, SHARE -> true;
      case UNITS -> coverage.unitCodes().contains(person.unitCode());
      case FLAGGED -> person.flags().stream().anyMatch(coverage.flags()::contains);
    };
  }

  /** A stand-in for Warden's own rules, enough to tell planted problems from accidental ones. */
  private static Set<String> naiveFindings() {
    Map<String, List<Agreement>> agreementsByParty = new HashMap<>();
    force
        .agreements()
        .forEach(
            a -> agreementsByParty.computeIfAbsent(a.partyCode(), k -> new ArrayList<>()).add(a));
    Set<String> findings = new TreeSet<>();
    for (Party party : force.parties()) {
      if (party.kind() == PartyKind.INTERNAL) {
        continue;
      }
      String contractor = party.parentCode() == null ? party.code() : party.parentCode();
      List<Agreement> contracts = agreementsByParty.getOrDefault(contractor, List.of());
      List<DataSystem> hosted =
          force.systems().stream().filter(s -> party.code().equals(s.hostCode())).toList();
      Set<String> permitted = new HashSet<>();
      contracts.forEach(a -> permitted.addAll(a.permittedCategories()));
      if (!hosted.isEmpty() && contracts.stream().noneMatch(a -> a.activeOn(AS_OF))) {
        findings.add(PlantedProblem.AGREEMENT_EXPIRED + " " + party.code());
      }
      if (hosted.stream().anyMatch(s -> !permitted.containsAll(s.categories()))) {
        findings.add(PlantedProblem.CATEGORIES_OUTSIDE_AGREEMENT + " " + party.code());
      }
      if (!party.assurance().cyberEssentialsPlusValidOn(AS_OF)) {
        findings.add(PlantedProblem.CYBER_ESSENTIALS_LAPSED + " " + party.code());
      }
      if (party.assurance().breachNotificationHours() == null) {
        findings.add(PlantedProblem.NO_BREACH_NOTIFICATION_CLAUSE + " " + party.code());
      }
      if (party.kind() == PartyKind.SUB_PROCESSOR
          && !Boolean.TRUE.equals(parties.get(contractor).assurance().subProcessorsApproved())) {
        findings.add(PlantedProblem.SUB_PROCESSOR_NOT_APPROVED + " " + party.code());
      }
    }
    return findings;
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    return items.stream().collect(Collectors.toMap(code, t -> t, (a, b) -> a));
  }
}
