package uk.warden.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceScheme;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.RegisterCodes;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;

/** The default force (45,000 people), generated once and read in one pass. */
class WorkforceTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final Set<ClearanceLevel> POLICE_BASELINE =
      EnumSet.of(ClearanceLevel.RV, ClearanceLevel.MV);

  private static SyntheticForce force;
  private static List<Person> people;

  @BeforeAll
  static void generate() {
    force = SyntheticForce.generate(ForceSpec.defaults(AS_OF));
    people = new ArrayList<>(force.spec().people());
    force.forEachPerson(people::add);
  }

  @Test
  void defaultsAre45000PeopleSeededWithTheBreachYear() {
    ForceSpec spec = ForceSpec.defaults(AS_OF);

    assertThat(spec.people()).isEqualTo(45_000);
    assertThat(spec.seed()).isEqualTo(2023L);
    assertThat(people).hasSize(45_000);
  }

  @Test
  void workforceMixIsThatOfAnEnglishForce() {
    Map<PersonKind, Long> kinds = countBy(p -> p.kind());

    assertThat(share(kinds.get(PersonKind.OFFICER))).isCloseTo(0.55, within(0.01));
    assertThat(share(kinds.get(PersonKind.STAFF))).isCloseTo(0.35, within(0.01));
    assertThat(share(kinds.get(PersonKind.PCSO))).isCloseTo(0.04, within(0.004));
    assertThat(share(kinds.get(PersonKind.SPECIAL))).isCloseTo(0.03, within(0.004));
    assertThat(share(kinds.get(PersonKind.CONTRACTOR))).isCloseTo(0.02, within(0.003));
    assertThat(share(kinds.get(PersonKind.VOLUNTEER))).isCloseTo(0.01, within(0.002));
  }

  @Test
  void rankPyramidHasConstablesAtTheBaseAndOneChiefConstable() {
    Map<String, Long> ranks =
        people.stream()
            .filter(p -> p.kind() == PersonKind.OFFICER)
            .collect(Collectors.groupingBy(p -> p.rankCode(), TreeMap::new, Collectors.counting()));
    long officers = ranks.values().stream().mapToLong(Long::longValue).sum();

    assertThat(ranks.get("CC")).isEqualTo(1);
    assertThat(ranks.get("DCC")).isEqualTo(1);
    assertThat(ranks.get("ACC")).isBetween(2L, 6L);
    assertThat((double) ranks.get("PC") / officers).isCloseTo(0.75, within(0.015));
    assertThat((double) ranks.get("PS") / officers).isCloseTo(0.15, within(0.01));
    assertThat(ranks.get("PC")).isGreaterThan(ranks.get("PS"));
    assertThat(ranks.get("PS")).isGreaterThan(ranks.get("INSP"));
    assertThat(ranks.get("INSP")).isGreaterThan(ranks.get("CI"));
    assertThat(ranks.get("CI")).isGreaterThan(ranks.get("SUPT"));
    assertThat(ranks.get("SUPT")).isGreaterThan(ranks.get("CSUPT"));
    assertThat(ranks.get("CSUPT")).isGreaterThan(ranks.get("ACC"));
    RankTable table = RankTable.load(RankTable.ENGLAND_AND_WALES);
    assertThat(ranks.keySet()).allSatisfy(code -> assertThat(table.find(code)).isPresent());
  }

  @Test
  void staffSitInBandsMostlyTheLowerOnes() {
    List<Person> staff = ofKind(PersonKind.STAFF);

    assertThat(staff).allSatisfy(p -> assertThat(p.grade()).matches("Band [A-G]"));
    assertThat(staff).allSatisfy(p -> assertThat(p.rankCode()).isNull());
    long lower = staff.stream().filter(p -> p.grade().compareTo("Band E") >= 0).count();
    assertThat((double) lower / staff.size()).isGreaterThan(0.6);
    assertThat(staff).anySatisfy(p -> assertThat(p.grade()).isEqualTo("Band A"));
  }

  @Test
  void payNumbersAreUniqueAndSixDigits() {
    Set<String> payNumbers = new HashSet<>();

    for (Person person : people) {
      assertThat(person.payNumber()).matches("[1-9][0-9]{5}");
      assertThat(payNumbers.add(person.payNumber())).as("duplicate pay number").isTrue();
    }
  }

  @Test
  void collarNumbersAreUniqueWithinTheirUnitCode() {
    Map<String, Set<String>> byCode = new HashMap<>();

    for (Person person : people) {
      for (PersonIdentifier id : identifiers(person, IdentifierKind.COLLAR_NUMBER)) {
        assertThat(id.unitCode()).matches("[A-Z]{2}");
        assertThat(id.publicFacing()).isTrue();
        assertThat(byCode.computeIfAbsent(id.unitCode(), c -> new HashSet<>()).add(id.value()))
            .as("collar %s%s issued twice", id.value(), id.unitCode())
            .isTrue();
      }
    }
    assertThat(byCode).containsKeys("NG", "HQ", "TR", "SO", "CR", "PP", "OP");
  }

  @Test
  void collarNumbersGoToConstablesSergeantsSpecialsAndPcsosOnly() {
    for (Person person : people) {
      List<PersonIdentifier> collars = identifiers(person, IdentifierKind.COLLAR_NUMBER);
      boolean wearsOne =
          switch (person.kind()) {
            case OFFICER -> "PC".equals(person.rankCode()) || "PS".equals(person.rankCode());
            case SPECIAL, PCSO -> true;
            default -> false;
          };
      assertThat(collars).hasSize(wearsOne ? 1 : 0);
      if (person.kind() == PersonKind.SPECIAL) {
        assertThat(collars.get(0).value()).matches("5[0-9]{3}");
      }
      if (person.kind() == PersonKind.PCSO) {
        assertThat(collars.get(0).value()).matches("[78][0-9]{3}");
      }
      if ("PS".equals(person.rankCode()) && person.kind() == PersonKind.OFFICER) {
        assertThat(collars.get(0).value()).matches("[1-9][0-9]{0,2}");
      }
    }
  }

  @Test
  void warrantNumbersForAttestedOfficersAndCardSerialsForEveryone() {
    Set<String> serials = new HashSet<>();
    Set<String> warrants = new HashSet<>();

    for (Person person : people) {
      List<PersonIdentifier> warrant = identifiers(person, IdentifierKind.WARRANT_NUMBER);
      assertThat(warrant).hasSize(person.kind().ranked() ? 1 : 0);
      warrant.forEach(w -> assertThat(warrants.add(w.value())).isTrue());
      List<PersonIdentifier> cards = identifiers(person, IdentifierKind.CARD_SERIAL);
      assertThat(cards)
          .singleElement()
          .satisfies(c -> assertThat(c.value()).matches("[0-9A-F]{8}"));
      assertThat(serials.add(cards.get(0).value())).isTrue();
      person.identifiers().stream()
          .filter(id -> id.kind() != IdentifierKind.COLLAR_NUMBER)
          .forEach(id -> assertThat(id.publicFacing()).isFalse());
    }
  }

  @Test
  void mostPeopleHaveAPhotoNamedAfterTheirPayNumber() {
    long withPhoto = people.stream().filter(p -> p.photoRef() != null).count();

    assertThat(share(withPhoto)).isBetween(0.94, 0.99);
    people.stream()
        .filter(p -> p.photoRef() != null)
        .forEach(p -> assertThat(p.photoRef()).isEqualTo("photo/" + p.payNumber() + ".jpg"));
  }

  @Test
  void leaversLeftWithinThreeYearsAndAFewAreSuspended() {
    Map<EmploymentStatus, Long> statuses = countBy(p -> p.status());

    assertThat(share(statuses.get(EmploymentStatus.LEFT))).isCloseTo(0.06, within(0.005));
    assertThat(statuses.get(EmploymentStatus.SUSPENDED)).isBetween(50L, 250L);
    for (Person person : people) {
      if (person.status() == EmploymentStatus.LEFT) {
        assertThat(person.leavingDate()).isBetween(AS_OF.minusYears(3), AS_OF.minusDays(1));
      } else {
        assertThat(person.leavingDate()).isNull();
      }
    }
  }

  @Test
  void unitsAreAboutFortyWithValidCodesAndTheSensitiveOnesFlagged() {
    Map<String, Unit> units = force.units().stream().collect(Collectors.toMap(Unit::code, u -> u));

    assertThat(units).hasSizeBetween(35, 50);
    units.keySet().forEach(code -> RegisterCodes.requireValid(code, "unit"));
    assertThat(units.get("counter-terrorism").flags())
        .containsExactly(SensitivityFlag.COUNTER_TERRORISM);
    assertThat(units.get("covert-operations").flags()).containsExactly(SensitivityFlag.COVERT);
    assertThat(units.get("protection-command").flags()).containsExactly(SensitivityFlag.PROTECTION);
    assertThat(units.get("intelligence-bureau").flags())
        .containsExactly(SensitivityFlag.INTELLIGENCE);
    assertThat(units.get("special-branch").flags())
        .containsExactlyInAnyOrder(SensitivityFlag.COUNTER_TERRORISM, SensitivityFlag.INTELLIGENCE);
    assertThat(units.get("professional-standards").flags()).isEmpty();
    assertThat(people).allSatisfy(p -> assertThat(units).containsKey(p.unitCode()));
  }

  @Test
  void membersOfSensitiveUnitsCarryTheUnitFlagsAndAFewOthersTheirOwn() {
    Map<String, Set<SensitivityFlag>> unitFlags =
        force.units().stream().collect(Collectors.toMap(Unit::code, Unit::flags));
    long individuallyFlagged = 0;

    for (Person person : people) {
      assertThat(person.flags()).containsAll(unitFlags.get(person.unitCode()));
      if (unitFlags.get(person.unitCode()).isEmpty() && !person.flags().isEmpty()) {
        individuallyFlagged++;
      }
    }
    assertThat(individuallyFlagged).isBetween(50L, 1_000L);
    assertThat(ofUnit("counter-terrorism")).hasSizeGreaterThan(500);
  }

  @Test
  void everyoneButContractorsAndVolunteersHoldsAtLeastRecruitmentVetting() {
    for (Person person : people) {
      List<ClearanceLevel> force = forceLevels(person);
      switch (person.kind()) {
        case CONTRACTOR ->
            assertThat(force)
                .singleElement()
                .isIn(ClearanceLevel.NPPV1, ClearanceLevel.NPPV2A, ClearanceLevel.NPPV3);
        case VOLUNTEER -> assertThat(force).containsExactly(ClearanceLevel.NPPV2A);
        default -> assertThat(force).singleElement().isIn(POLICE_BASELINE);
      }
    }
  }

  @Test
  void clearancesFollowTheRole() {
    for (Person person : people) {
      Set<ClearanceLevel> levels =
          person.clearances().stream().map(Clearance::level).collect(Collectors.toSet());
      if (person.flags().contains(SensitivityFlag.COUNTER_TERRORISM)) {
        assertThat(levels).containsAnyOf(ClearanceLevel.SC, ClearanceLevel.DV);
      }
      if (person.flags().contains(SensitivityFlag.PROTECTION)) {
        assertThat(levels).containsAnyOf(ClearanceLevel.SC, ClearanceLevel.DV);
      }
      boolean senior =
          person.rankCode() != null
              && Set.of("CI", "SUPT", "CSUPT", "ACC", "DCC", "CC").contains(person.rankCode());
      boolean sensitive =
          !person.flags().isEmpty() || "professional-standards".equals(person.unitCode());
      if ((senior && person.kind() == PersonKind.OFFICER || sensitive)
          && person.kind() != PersonKind.CONTRACTOR) {
        assertThat(levels).contains(ClearanceLevel.MV);
      }
      if (!sensitive && !senior) {
        assertThat(levels).doesNotContain(ClearanceLevel.DV, ClearanceLevel.SC);
      }
    }
    assertThat(ofUnit("counter-terrorism"))
        .anySatisfy(p -> assertThat(levelsOf(p)).contains(ClearanceLevel.DV));
    assertThat(ofUnit("covert-operations"))
        .anySatisfy(p -> assertThat(levelsOf(p)).contains(ClearanceLevel.DV));
    assertThat(people)
        .filteredOn(p -> "CC".equals(p.rankCode()))
        .singleElement()
        .satisfies(p -> assertThat(levelsOf(p)).contains(ClearanceLevel.MV, ClearanceLevel.DV));
  }

  @Test
  void clearanceDatesFitTheirLevel() {
    for (Person person : people) {
      for (Clearance clearance : person.clearances()) {
        if (clearance.granted() == null) {
          assertThat(clearance.status()).isEqualTo(ClearanceStatus.PENDING);
          continue;
        }
        assertThat(clearance.granted()).isBefore(AS_OF.plusDays(1));
        assertThat(clearance.expires())
            .isEqualTo(
                clearance.granted().plusYears(ClearancePlanner.validityYears(clearance.level())));
      }
    }
  }

  @Test
  void aFewClearancesHaveLapsedExpiredOrArePending() {
    long serving = 0;
    long lapsedOrExpired = 0;
    long pending = 0;
    for (Person person : people) {
      if (person.status() == EmploymentStatus.LEFT) {
        continue;
      }
      for (Clearance clearance : person.clearances()) {
        serving++;
        if (clearance.status() == ClearanceStatus.LAPSED
            || clearance.expires() != null && clearance.expires().isBefore(AS_OF)) {
          lapsedOrExpired++;
        }
        if (clearance.status() == ClearanceStatus.PENDING) {
          pending++;
        }
      }
    }
    assertThat((double) lapsedOrExpired / serving).isCloseTo(0.03, within(0.007));
    assertThat(pending).isBetween(50L, 400L);
  }

  @Test
  void leaversClearancesAreWithdrawnSaveTheFewNobodyEnded() {
    List<Person> leavers =
        people.stream().filter(p -> p.status() == EmploymentStatus.LEFT).toList();
    long stillCleared =
        leavers.stream()
            .filter(
                p ->
                    p.clearances().stream().noneMatch(c -> c.status() == ClearanceStatus.WITHDRAWN))
            .count();

    assertThat((double) stillCleared / leavers.size()).isCloseTo(0.04, within(0.015));
  }

  private static List<ClearanceLevel> forceLevels(Person person) {
    return person.clearances().stream()
        .filter(c -> c.scheme() == ClearanceScheme.FORCE)
        .map(Clearance::level)
        .toList();
  }

  private static Set<ClearanceLevel> levelsOf(Person person) {
    return person.clearances().stream().map(Clearance::level).collect(Collectors.toSet());
  }

  private static List<PersonIdentifier> identifiers(Person person, IdentifierKind kind) {
    return person.identifiers().stream().filter(id -> id.kind() == kind).toList();
  }

  private static List<Person> ofKind(PersonKind kind) {
    return people.stream().filter(p -> p.kind() == kind).toList();
  }

  private static List<Person> ofUnit(String unit) {
    return people.stream().filter(p -> unit.equals(p.unitCode())).toList();
  }

  private static <K extends Enum<K>> Map<K, Long> countBy(
      java.util.function.Function<Person, K> key) {
    Map<K, Long> counts = new HashMap<>();
    people.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
    return counts;
  }

  private static double share(long count) {
    return (double) count / people.size();
  }
}
