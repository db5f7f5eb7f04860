package uk.warden.app.breach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.warden.app.platform.IndexFiles;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.register.Person;
import uk.warden.core.register.SensitivityFlag;
import uk.warden.core.register.Unit;
import uk.warden.synth.SyntheticLedger;

/**
 * The breach attributes read from the store are the ones the records give, whether the people are
 * read in one range or several at once, in one page or many; a unit's flags reach its people.
 */
class AttributesStoreTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @StoreTest
  void readsThePeopleAsTheirRecordsHaveThemInOneRangeOrSeveral(TestDatabase db) {
    SyntheticLedger ledger = SyntheticLedger.build(11, 3_000, 100, 8_000);
    List<Unit> units = new ArrayList<>(ledger.register(AS_OF, ZoneOffset.UTC).units());
    // A covert unit: its people count as covert though their own records say nothing.
    Unit covert = units.get(1);
    units.set(1, new Unit(covert.code(), covert.name(), Set.of(SensitivityFlag.COVERT)));
    units.forEach(db.units()::save);
    List<Person> people = new ArrayList<>();
    ledger.forEachPerson(AS_OF, people::add);
    db.withRanks().people().insertAll(people);
    PersonAttributes expected = PersonAttributes.of(people, units, AS_OF);

    List<PersonAttributes> loaded =
        List.of(
            new AttributesStore(db.template()).load(AS_OF),
            new AttributesStore(db.template(), 1, Integer.MAX_VALUE, 10_000).load(AS_OF),
            new AttributesStore(db.template(), 4, 500, 250).load(AS_OF),
            new AttributesStore(db.template(), 3, 1, 7).load(AS_OF));

    assertThat(expected.flagged(SensitivityFlag.COVERT).size()).isPositive();
    for (PersonAttributes read : loaded) {
      assertThat(read.bound()).isEqualTo(expected.bound());
      assertThat(read.registered()).isEqualTo(expected.registered());
      for (int id = 0; id < expected.bound(); id++) {
        assertThat(read.kind(id)).isEqualTo(expected.kind(id));
        assertThat(read.status(id)).isEqualTo(expected.status(id));
        assertThat(read.rankOrGrade(id)).isEqualTo(expected.rankOrGrade(id));
        assertThat(read.unit(id)).isEqualTo(expected.unit(id));
        assertThat(read.highestClearance(id)).isEqualTo(expected.highestClearance(id));
        assertThat(read.clearances(id)).isEqualTo(expected.clearances(id));
        assertThat(read.flags(id)).as("flags of %d", id).isEqualTo(expected.flags(id));
      }
    }
  }

  @StoreTest
  void savedIndexFilesGiveWhatTheStoreGivesForAnyDayUntilPeopleChange(TestDatabase db)
      throws Exception {
    SyntheticLedger ledger = SyntheticLedger.build(11, 3_000, 100, 8_000);
    List<Unit> units = new ArrayList<>(ledger.register(AS_OF, ZoneOffset.UTC).units());
    units.forEach(db.units()::save);
    List<Person> people = new ArrayList<>();
    ledger.forEachPerson(AS_OF, people::add);
    db.withRanks().people().insertAll(people);
    Path folder = Files.createTempDirectory("warden-index-");
    IndexFiles files = new IndexFiles(folder);
    // Within the clearances' span: some have expired by the later day.
    LocalDate later = AS_OF.plusYears(3);

    PersonAttributes read = new AttributesStore(db.template(), files, 2, 500, 300).load(AS_OF);
    Set<String> saved = names(folder);
    PersonAttributes again = new AttributesStore(db.template(), files, 2, 500, 300).load(AS_OF);
    PersonAttributes laterDay = new AttributesStore(db.template(), files, 2, 500, 300).load(later);

    assertThat(saved).containsExactlyInAnyOrder("people.bin", "attributes.bin");
    assertSame(read, PersonAttributes.of(people, units, AS_OF));
    assertSame(again, PersonAttributes.of(people, units, AS_OF));
    assertSame(laterDay, PersonAttributes.of(people, units, later));
    assertThat(PersonAttributes.of(people, units, later).uncleared())
        .isNotEqualTo(PersonAttributes.of(people, units, AS_OF).uncleared());
    assertThat(Files.getPosixFilePermissions(folder.resolve("people.bin")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    // A change of people, by this process or another, makes the files stale.
    Person first = people.get(0);
    Person moved =
        new Person(
            first.id(),
            first.payNumber(),
            first.surname(),
            first.forenames(),
            first.kind(),
            first.rankCode(),
            first.grade(),
            units.get(units.size() - 1).code(),
            first.flags(),
            first.clearances(),
            first.status(),
            first.leavingDate(),
            first.identifiers(),
            first.photoRef());
    // Bumps the people's version in the store, as every writer of people does.
    db.people().updateAll(List.of(moved));
    people.set(0, moved);
    PersonAttributes changed = new AttributesStore(db.template(), files, 2, 500, 300).load(AS_OF);
    assertSame(changed, PersonAttributes.of(people, units, AS_OF));
    assertThat(changed.unit(first.id())).isEqualTo(moved.unitCode());
  }

  @StoreTest
  void aDamagedIndexFileIsReadFromTheStoreAgain(TestDatabase db) throws Exception {
    SyntheticLedger ledger = SyntheticLedger.build(11, 3_000, 100, 8_000);
    List<Unit> units = new ArrayList<>(ledger.register(AS_OF, ZoneOffset.UTC).units());
    units.forEach(db.units()::save);
    List<Person> people = new ArrayList<>();
    ledger.forEachPerson(AS_OF, people::add);
    db.withRanks().people().insertAll(people);
    Path folder = Files.createTempDirectory("warden-index-");
    IndexFiles files = new IndexFiles(folder);
    new AttributesStore(db.template(), files, 1, 500, 300).load(AS_OF);
    for (String name : List.of("people.bin", "attributes.bin")) {
      byte[] bytes = Files.readAllBytes(folder.resolve(name));
      bytes[bytes.length / 2] ^= 0x5a;
      Files.write(folder.resolve(name), bytes);
    }

    PersonAttributes read = new AttributesStore(db.template(), files, 1, 500, 300).load(AS_OF);

    assertSame(read, PersonAttributes.of(people, units, AS_OF));
  }

  private static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  private static void assertSame(PersonAttributes read, PersonAttributes expected) {
    assertThat(read.bound()).isEqualTo(expected.bound());
    assertThat(read.registered()).isEqualTo(expected.registered());
    assertThat(read.uncleared()).isEqualTo(expected.uncleared());
    for (int id = 0; id < expected.bound(); id++) {
      assertThat(read.kind(id)).isEqualTo(expected.kind(id));
      assertThat(read.status(id)).isEqualTo(expected.status(id));
      assertThat(read.rankOrGrade(id)).isEqualTo(expected.rankOrGrade(id));
      assertThat(read.unit(id)).isEqualTo(expected.unit(id));
      assertThat(read.highestClearance(id)).isEqualTo(expected.highestClearance(id));
      assertThat(read.clearances(id)).isEqualTo(expected.clearances(id));
      assertThat(read.flags(id)).as("flags of %d", id).isEqualTo(expected.flags(id));
    }
  }

  @StoreTest
  void anEmptyRegisterHasNoAttributes(TestDatabase db) {
    PersonAttributes read = new AttributesStore(db.template(), 4, 1, 10).load(AS_OF);

    assertThat(read.registered().isEmpty()).isTrue();
  }
}
