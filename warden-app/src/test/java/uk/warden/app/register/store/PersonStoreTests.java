package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.fullPerson;
import static uk.warden.app.testing.Fixtures.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

class PersonStoreTests {

  @StoreTest
  void keepsEveryFactOfAPersonAndLeavesOptionalOnesEmpty(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    Person full = fullPerson(1, "P1001");
    Person bare = staff(2, "P1002", "Ng", "");

    store.insertAll(List.of(full, bare));

    assertThat(store.findById(1)).contains(full);
    assertThat(store.findById(2)).contains(bare);
    Person read = store.findById(1).orElseThrow();
    assertThat(read.clearances()).containsExactlyElementsOf(full.clearances());
    assertThat(read.identifiers()).containsExactlyElementsOf(full.identifiers());
    assertThat(read.flags())
        .containsExactlyInAnyOrder(SensitivityFlag.COVERT, SensitivityFlag.INTELLIGENCE);
    assertThat(read.leavingDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    Person empty = store.findById(2).orElseThrow();
    assertThat(empty.rankCode()).isNull();
    assertThat(empty.unitCode()).isNull();
    assertThat(empty.leavingDate()).isNull();
    assertThat(empty.photoRef()).isNull();
    assertThat(empty.flags()).isEmpty();
    assertThat(empty.clearances()).isEmpty();
    assertThat(empty.identifiers()).isEmpty();
    assertThat(store.findById(3)).isEmpty();
    assertThat(store.count()).isEqualTo(2);
    assertThat(store.nextId()).isEqualTo(3);
  }

  @StoreTest
  void findsByPayNumberIgnoringCase(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    store.insertAll(List.of(fullPerson(7, "AB-77x")));

    assertThat(store.findByPayNumber("ab-77X")).map(Person::id).contains(7);
    assertThat(store.findByPayNumber("AB-77")).isEmpty();
    assertThat(store.idsByPayNumber()).isEqualTo(Map.of("ab-77x", 7));
  }

  @StoreTest
  void anEmptyStoreStartsIdsAtOne(TestDatabase db) {
    PersonStore store = db.people();

    assertThat(store.nextId()).isEqualTo(1);
    assertThat(store.count()).isZero();
    assertThat(store.idsByPayNumber()).isEmpty();
  }

  @StoreTest
  void updateReplacesFactsClearancesAndIdentifiers(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    store.insertAll(List.of(fullPerson(1, "P1"), fullPerson(2, "P2")));
    Person changed =
        new Person(
            1,
            "P1",
            "Renamed",
            "Sam",
            PersonKind.SPECIAL,
            "INSP",
            null,
            "traffic",
            Set.of(SensitivityFlag.PROTECTION),
            List.of(
                new Clearance(
                    ClearanceLevel.DV, LocalDate.of(2022, 1, 1), null, ClearanceStatus.LAPSED)),
            EmploymentStatus.SERVING,
            null,
            List.of(),
            null);

    store.updateAll(List.of(changed));

    assertThat(store.findById(1)).contains(changed);
    assertThat(store.findById(2)).contains(fullPerson(2, "P2"));
    assertThat(store.search(PersonFilter.text("renamed"), new PageRequest(1, 10)).total()).isOne();
    assertThat(store.search(PersonFilter.text("o'brien"), new PageRequest(1, 10)).total()).isOne();
  }

  @StoreTest
  void refusesADuplicatePayNumber(TestDatabase db) {
    PersonStore store = db.people();
    store.insertAll(List.of(staff(1, "P1", "First", "A")));

    assertThatThrownBy(() -> store.insertAll(List.of(staff(2, "P1", "Second", "B"))))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.count()).isOne();
  }

  @StoreTest
  void refusesARankOutsideTheForcesTable(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    Person captain =
        new Person(
            1,
            "P1",
            "Hook",
            "James",
            PersonKind.OFFICER,
            "CAPT",
            null,
            null,
            Set.of(),
            List.of(),
            EmploymentStatus.SERVING,
            null,
            List.of(),
            null);

    assertThatThrownBy(() -> store.insertAll(List.of(captain)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.count()).isZero();
  }

  @StoreTest
  void searchFiltersOnEveryFacetAndCountsTheWholeMatch(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    store.insertAll(searchFixture());

    assertThat(payNumbers(store, new PersonFilter("baker", null, null, null, null, null, null)))
        .containsExactly("P002", "P006");
    assertThat(payNumbers(store, PersonFilter.text("  CLARK "))).containsExactly("P003");
    assertThat(payNumbers(store, PersonFilter.text("p00"))).hasSize(6);
    assertThat(payNumbers(store, PersonFilter.text("zzz"))).isEmpty();
    assertThat(payNumbers(store, filter(PersonKind.STAFF, null, null, null, null, null)))
        .containsExactly("P003", "P006");
    assertThat(payNumbers(store, filter(null, "cid", null, null, null, null)))
        .containsExactly("P002", "P003", "P005");
    assertThat(payNumbers(store, filter(null, null, "PS", null, null, null)))
        .containsExactly("P002");
    assertThat(payNumbers(store, filter(null, null, null, EmploymentStatus.SUSPENDED, null, null)))
        .containsExactly("P004");
    assertThat(payNumbers(store, filter(null, null, null, EmploymentStatus.LEFT, null, null)))
        .containsExactly("P005");
    // P002 holds NPPV3 twice (a lapsed and a current grant) and must still be listed once.
    assertThat(payNumbers(store, filter(null, null, null, null, ClearanceLevel.NPPV3, null)))
        .containsExactly("P002", "P005");
    assertThat(payNumbers(store, filter(null, null, null, null, null, SensitivityFlag.COVERT)))
        .containsExactly("P002", "P005");
    assertThat(
            payNumbers(
                store, filter(null, null, null, null, null, SensitivityFlag.COUNTER_TERRORISM)))
        .containsExactly("P005");
    assertThat(
            payNumbers(
                store, filter(PersonKind.OFFICER, "cid", null, null, null, SensitivityFlag.COVERT)))
        .containsExactly("P002", "P005");
    assertThat(
            payNumbers(
                store,
                filter(
                    PersonKind.OFFICER,
                    "cid",
                    null,
                    EmploymentStatus.SERVING,
                    null,
                    SensitivityFlag.COVERT)))
        .containsExactly("P002");

    Page<Person> clearance =
        store.search(
            filter(null, null, null, null, ClearanceLevel.NPPV3, null), new PageRequest(1, 1));
    assertThat(clearance.total()).isEqualTo(2);
    assertThat(clearance.items()).hasSize(1);
    assertThat(clearance.items().get(0).clearances()).hasSize(2);
  }

  @StoreTest
  void blankFilterPartsAreIgnored(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    store.insertAll(searchFixture());

    assertThat(payNumbers(store, new PersonFilter(" ", null, "", "", null, null, null))).hasSize(6);
  }

  @StoreTest
  void searchPagesInPayNumberOrderWithTotals(TestDatabase db) {
    PersonStore store = db.people();
    List<Person> people = new ArrayList<>();
    // Ids in another order than pay numbers: names are sealed, so pages follow pay numbers.
    int[] ids = {14, 10, 16, 11, 15, 12, 13};
    for (int i = 0; i < ids.length; i++) {
      people.add(staff(ids[i], "J" + i, "Jones", "F" + i));
    }
    store.insertAll(people);
    PersonFilter jones = PersonFilter.text("jones");

    Page<Person> first = store.search(jones, new PageRequest(1, 3));
    Page<Person> third = store.search(jones, new PageRequest(3, 3));
    Page<Person> beyond = store.search(jones, new PageRequest(4, 3));

    assertThat(first.items()).extracting(Person::payNumber).containsExactly("J0", "J1", "J2");
    assertThat(first.total()).isEqualTo(7);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(store.search(jones, new PageRequest(2, 3)).items())
        .extracting(Person::payNumber)
        .containsExactly("J3", "J4", "J5");
    assertThat(third.items()).extracting(Person::payNumber).containsExactly("J6");
    assertThat(third.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(7);
  }

  @StoreTest
  void searchMatchesPartsOfPayNumbersWithLikeWildcardsTakenLiterally(TestDatabase db) {
    PersonStore store = db.people();
    store.insertAll(
        List.of(
            staff(1, "RATE100%", "Able", "A"),
            staff(2, "RATE1000", "Able", "B"),
            staff(3, "SNAKE_CASE", "Able", "C"),
            staff(4, "SNAKEXCASE", "Able", "D"),
            staff(5, "BACK\\SLASH", "Able", "E"),
            staff(6, "BACKSLASH", "Able", "F")));

    assertThat(payNumbers(store, PersonFilter.text("100%"))).containsExactly("RATE100%");
    assertThat(payNumbers(store, PersonFilter.text("%"))).containsExactly("RATE100%");
    assertThat(payNumbers(store, PersonFilter.text("e_c"))).containsExactly("SNAKE_CASE");
    assertThat(payNumbers(store, PersonFilter.text("_"))).containsExactly("SNAKE_CASE");
    assertThat(payNumbers(store, PersonFilter.text("k\\s"))).containsExactly("BACK\\SLASH");
    assertThat(payNumbers(store, PersonFilter.text("rate1")))
        .containsExactly("RATE100%", "RATE1000");
  }

  @StoreTest
  void searchFindsWholeNameTokensAndIdentifiersThroughKeyedHashes(TestDatabase db) {
    PersonStore store = db.people();
    Person oneill =
        identified(
            staff(1, "N1", "O'Neill", "Zoë Ann"),
            new PersonIdentifier(IdentifierKind.COLLAR_NUMBER, "AB 1234", "AB", true),
            new PersonIdentifier(IdentifierKind.WARRANT_NUMBER, "W-778899", null, false));
    store.insertAll(
        List.of(oneill, staff(2, "N2", "Smith", "Jane"), staff(3, "N3", "Smithson", "Jane")));

    assertThat(payNumbers(store, PersonFilter.text("smith"))).containsExactly("N2");
    assertThat(payNumbers(store, PersonFilter.text("JANE  smith"))).containsExactly("N2");
    assertThat(payNumbers(store, PersonFilter.text("jane"))).containsExactly("N2", "N3");
    assertThat(payNumbers(store, PersonFilter.text("o neill"))).containsExactly("N1");
    assertThat(payNumbers(store, PersonFilter.text("ONeill"))).isEmpty();
    assertThat(payNumbers(store, PersonFilter.text("zoe"))).containsExactly("N1");
    assertThat(payNumbers(store, PersonFilter.text("ab1234"))).containsExactly("N1");
    assertThat(payNumbers(store, PersonFilter.text("w 778899"))).containsExactly("N1");
    // Exact tokens only: a part of a name is no longer found, as the hashes cannot tell it.
    assertThat(payNumbers(store, PersonFilter.text("smi"))).isEmpty();
    assertThat(payNumbers(store, PersonFilter.text("jane jones"))).isEmpty();
  }

  @StoreTest
  void keepsNamesAndIdentifiersOnlySealedAndReadsThemBack(TestDatabase db) {
    PersonStore store = db.people();
    Person person =
        identified(
            staff(7, "S7", "Threlkeld", "Ottoline"),
            new PersonIdentifier(IdentifierKind.CARD_SERIAL, "CS998877", null, false));
    store.insertAll(List.of(person));

    String everything =
        db.jdbc().sql("SELECT * FROM person").query().listOfRows().toString()
            + db.jdbc().sql("SELECT * FROM person_term").query().listOfRows();
    assertThat(everything).doesNotContainIgnoringCase("threlkeld");
    assertThat(everything).doesNotContainIgnoringCase("ottoline");
    assertThat(everything).doesNotContain("CS998877");
    assertThat(store.findById(7)).contains(person);
  }

  @StoreTest
  void refusesASealedValueMovedToAnotherPerson(TestDatabase db) {
    PersonStore store = db.people();
    store.insertAll(List.of(staff(1, "M1", "Mover", "Ann"), staff(2, "M2", "Stayer", "Bob")));

    db.jdbc()
        .sql("UPDATE person SET sealed = (SELECT sealed FROM person WHERE id = 1) WHERE id = 2")
        .update();

    assertThat(store.findById(1)).map(Person::surname).contains("Mover");
    assertThatThrownBy(() -> store.findById(2))
        .hasMessageContaining("person:2:sealed")
        .hasMessageContaining("belongs to another record");
  }

  @StoreTest
  void forEachStreamsEveryoneAcrossChunksInIdOrderWithTheirClearances(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    int total = 4_500;
    List<Person> people = new ArrayList<>(total);
    for (int id = 1; id <= total; id++) {
      boolean officer = id % 3 != 0;
      List<Clearance> clearances =
          id % 500 == 0
              ? List.of(new Clearance(ClearanceLevel.NPPV2A, null, null, ClearanceStatus.ACTIVE))
              : List.of();
      List<PersonIdentifier> identifiers =
          id % 750 == 0
              ? List.of(new PersonIdentifier(IdentifierKind.CARD_SERIAL, "C" + id, null, false))
              : List.of();
      people.add(
          new Person(
              id,
              "F" + id,
              "Surname" + id,
              "Forename",
              officer ? PersonKind.OFFICER : PersonKind.STAFF,
              officer ? "PC" : null,
              officer ? null : "Band 3",
              null,
              Set.of(),
              clearances,
              EmploymentStatus.SERVING,
              null,
              identifiers,
              null));
    }
    db.inTransaction(
        () -> {
          store.insertAll(people);
          return null;
        });

    List<Integer> ids = new ArrayList<>();
    List<Integer> cleared = new ArrayList<>();
    List<String> cards = new ArrayList<>();
    store.forEach(
        PersonFilter.ALL,
        p -> {
          ids.add(p.id());
          if (!p.clearances().isEmpty()) {
            cleared.add(p.id());
          }
          p.identifiers().forEach(i -> cards.add(i.value()));
        });
    List<Integer> officers = new ArrayList<>();
    store.forEach(
        new PersonFilter(null, PersonKind.OFFICER, null, null, null, null, null),
        p -> officers.add(p.id()));

    assertThat(ids).hasSize(total).isSorted().doesNotHaveDuplicates();
    assertThat(ids.get(0)).isEqualTo(1);
    assertThat(ids.get(total - 1)).isEqualTo(total);
    assertThat(cleared).containsExactly(500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500);
    assertThat(cards).containsExactly("C750", "C1500", "C2250", "C3000", "C3750", "C4500");
    assertThat(officers)
        .hasSize(3_000)
        .isSorted()
        .doesNotHaveDuplicates()
        .allMatch(id -> id % 3 != 0);
    assertThat(store.count()).isEqualTo(total);
  }

  @StoreTest
  void forEachOverAnEmptyStoreSendsNothing(TestDatabase db) {
    List<Person> seen = new ArrayList<>();

    db.people().forEach(PersonFilter.ALL, seen::add);

    assertThat(seen).isEmpty();
  }

  @StoreTest
  void countsPeopleByKindStatusUnitAndRank(TestDatabase db) {
    PersonStore store = db.withRanks().people();
    store.insertAll(searchFixture());

    Map<String, Long> byKind = store.countBy("kind");
    assertThat(byKind).isEqualTo(Map.of("OFFICER", 3L, "STAFF", 2L, "PCSO", 1L));
    assertThat(byKind.keySet()).first().isEqualTo("OFFICER");
    assertThat(store.countBy("status"))
        .isEqualTo(Map.of("SERVING", 4L, "SUSPENDED", 1L, "LEFT", 1L));
    assertThat(store.countBy("unit_code")).isEqualTo(Map.of("cid", 3L, "response", 2L, "null", 1L));
    assertThat(store.countBy("rank_code"))
        .isEqualTo(Map.of("PC", 1L, "PS", 1L, "INSP", 1L, "null", 3L));
    assertThatThrownBy(() -> store.countBy("surname; DROP TABLE person"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.count()).isEqualTo(6);
  }

  private static PersonFilter filter(
      PersonKind kind,
      String unit,
      String rank,
      EmploymentStatus status,
      ClearanceLevel clearance,
      SensitivityFlag flag) {
    return new PersonFilter(null, kind, unit, rank, status, clearance, flag);
  }

  private static Person identified(Person p, PersonIdentifier... identifiers) {
    return new Person(
        p.id(),
        p.payNumber(),
        p.surname(),
        p.forenames(),
        p.kind(),
        p.rankCode(),
        p.grade(),
        p.unitCode(),
        p.flags(),
        p.clearances(),
        p.status(),
        p.leavingDate(),
        List.of(identifiers),
        "photos/" + p.payNumber() + ".jpg");
  }

  private static List<String> payNumbers(PersonStore store, PersonFilter filter) {
    Page<Person> page = store.search(filter, new PageRequest(1, 100));
    assertThat(page.total()).isEqualTo(page.items().size());
    return page.items().stream().map(Person::payNumber).toList();
  }

  /** Six people, each facet of the filter telling some of them apart. */
  private static List<Person> searchFixture() {
    Clearance nppv2a = new Clearance(ClearanceLevel.NPPV2A, null, null, ClearanceStatus.ACTIVE);
    Clearance nppv3 = new Clearance(ClearanceLevel.NPPV3, null, null, ClearanceStatus.ACTIVE);
    Clearance oldNppv3 =
        new Clearance(
            ClearanceLevel.NPPV3,
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2015, 1, 1),
            ClearanceStatus.LAPSED);
    Clearance sc = new Clearance(ClearanceLevel.SC, null, null, ClearanceStatus.ACTIVE);
    return List.of(
        person(
            1,
            "P001",
            "Adams",
            "Alice",
            PersonKind.OFFICER,
            "PC",
            "response",
            EmploymentStatus.SERVING,
            List.of(nppv2a),
            Set.of()),
        person(
            2,
            "P002",
            "Baker",
            "Bob",
            PersonKind.OFFICER,
            "PS",
            "cid",
            EmploymentStatus.SERVING,
            List.of(oldNppv3, nppv3),
            Set.of(SensitivityFlag.COVERT)),
        person(
            3,
            "P003",
            "Clark",
            "Carol",
            PersonKind.STAFF,
            null,
            "cid",
            EmploymentStatus.SERVING,
            List.of(sc),
            Set.of(SensitivityFlag.INTELLIGENCE)),
        person(
            4,
            "P004",
            "Davis",
            "Dan",
            PersonKind.PCSO,
            null,
            "response",
            EmploymentStatus.SUSPENDED,
            List.of(),
            Set.of()),
        person(
            5,
            "P005",
            "Evans",
            "Eve",
            PersonKind.OFFICER,
            "INSP",
            "cid",
            EmploymentStatus.LEFT,
            List.of(nppv3),
            EnumSet.of(SensitivityFlag.COVERT, SensitivityFlag.COUNTER_TERRORISM)),
        person(
            6,
            "P006",
            "Baker",
            "Beth",
            PersonKind.STAFF,
            null,
            null,
            EmploymentStatus.SERVING,
            List.of(),
            Set.of()));
  }

  private static Person person(
      int id,
      String pay,
      String surname,
      String forenames,
      PersonKind kind,
      String rank,
      String unit,
      EmploymentStatus status,
      List<Clearance> clearances,
      Set<SensitivityFlag> flags) {
    return new Person(
        id,
        pay,
        surname,
        forenames,
        kind,
        rank,
        null,
        unit,
        flags,
        clearances,
        status,
        status == EmploymentStatus.LEFT ? LocalDate.of(2023, 1, 31) : null,
        List.of(),
        null);
  }
}
