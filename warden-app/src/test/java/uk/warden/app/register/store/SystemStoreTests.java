package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.bareSystem;
import static uk.warden.app.testing.Fixtures.fullSystem;
import static uk.warden.app.testing.Fixtures.supplier;
import static uk.warden.app.testing.Fixtures.system;

import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Classification;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Population;

class SystemStoreTests {

  @StoreTest
  void keepsEveryFactOfAHostedSystem(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    SystemStore store = db.systems();
    DataSystem full = fullSystem("vetting", "acme");

    store.insert(full);

    DataSystem read = store.find("vetting").orElseThrow();
    assertThat(read).isEqualTo(full);
    assertThat(read.recordCount()).isEqualTo(5_000_000_000L);
    assertThat(read.marking()).isEqualTo(new Marking(Classification.SECRET, false, "CONFIDENTIAL"));
    assertThat(read.population().kinds())
        .containsExactlyInAnyOrder(PersonKind.OFFICER, PersonKind.STAFF);
    assertThat(read.population().includesLeavers()).isTrue();
    assertThat(read.categories())
        .containsExactlyInAnyOrder(
            "user.name", "user.contact.address", "user.workforce.vetting_level");
  }

  @StoreTest
  void keepsAnInHouseSystemWithNothingOptional(TestDatabase db) {
    SystemStore store = db.systems();

    store.insert(bareSystem("notes"));

    DataSystem read = store.find("notes").orElseThrow();
    assertThat(read).isEqualTo(bareSystem("notes"));
    assertThat(read.hostCode()).isNull();
    assertThat(read.owner()).isNull();
    assertThat(read.categories()).isEmpty();
    assertThat(read.population()).isEqualTo(Population.NOBODY);
    assertThat(read.marking().legacy()).isNull();
  }

  @StoreTest
  void refusesASystemHostedByAnUnknownParty(TestDatabase db) {
    SystemStore store = db.systems();

    assertThatThrownBy(() -> store.insert(system("payroll", "nobody")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.find("payroll")).isEmpty();
    assertThat(db.rows("system_category")).isZero();
  }

  @StoreTest
  void refusesADuplicateCode(TestDatabase db) {
    SystemStore store = db.systems();
    store.insert(bareSystem("notes"));

    assertThatThrownBy(() -> store.insert(bareSystem("notes")))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.all()).hasSize(1);
  }

  @StoreTest
  void updateReplacesFactsAndCategories(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    db.parties().insert(supplier("other"));
    SystemStore store = db.systems();
    store.insert(fullSystem("vetting", "acme"));
    DataSystem moved =
        new DataSystem(
            "vetting",
            "Vetting (migrated)",
            "other",
            Set.of("user.biometric.photo"),
            Marking.OFFICIAL,
            12,
            Population.WHOLE_WORKFORCE,
            null);

    assertThat(store.update(moved)).isTrue();
    assertThat(store.update(bareSystem("ghost"))).isFalse();

    assertThat(store.find("vetting")).contains(moved);
    assertThat(store.find("ghost")).isEmpty();
    assertThat(db.rows("system_category")).isOne();
  }

  @StoreTest
  void deleteRemovesTheSystemAndItsCategories(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    SystemStore store = db.systems();
    store.insert(system("payroll", "acme"));
    store.insert(system("rostering", "acme"));

    store.delete("payroll");

    assertThat(store.find("payroll")).isEmpty();
    assertThat(store.all()).extracting(DataSystem::code).containsExactly("rostering");
    assertThat(db.rows("system_category")).isEqualTo(2);
  }

  @StoreTest
  void listsSystemsByNameAndByHost(TestDatabase db) {
    db.parties().insert(supplier("acme"));
    db.parties().insert(supplier("other"));
    SystemStore store = db.systems();
    store.insert(renamed(system("s1", "acme"), "Zulu"));
    store.insert(renamed(system("s2", "other"), "Mike"));
    store.insert(renamed(system("s3", "acme"), "Alpha"));
    store.insert(renamed(bareSystem("s4"), "Bravo"));

    assertThat(store.all()).extracting(DataSystem::code).containsExactly("s3", "s4", "s2", "s1");
    assertThat(store.hostedBy("acme")).extracting(DataSystem::code).containsExactly("s3", "s1");
    assertThat(store.hostedBy("acme").get(0).categories()).hasSize(2);
    assertThat(store.hostedBy("nobody")).isEmpty();
  }

  private static DataSystem renamed(DataSystem s, String name) {
    return new DataSystem(
        s.code(),
        name,
        s.hostCode(),
        s.categories(),
        s.marking(),
        s.recordCount(),
        s.population(),
        s.owner());
  }
}
