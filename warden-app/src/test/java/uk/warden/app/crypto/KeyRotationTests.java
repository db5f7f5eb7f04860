package uk.warden.app.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.warden.app.testing.Fixtures.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.register.Person;

class KeyRotationTests {

  @StoreTest
  void resealsEveryoneUnderANewKeyAndDestroysTheOldOne(TestDatabase db) {
    PersonStore store = db.people();
    List<Person> people = new ArrayList<>();
    for (int id = 1; id <= 2_500; id++) {
      people.add(staff(id, "R" + id, "Surname" + id, "Forename" + id));
    }
    store.insertAll(people);
    int oldKey = db.keys().keys().primaryId();
    byte[] sealedUnderOldKey = sealed(db.jdbc(), 1);

    KeyRotation.Report report =
        new KeyRotation(db.keys(), List.of(store), db.transactions(), Duration.ZERO).rotate();

    assertThat(report.newKeyId()).isNotEqualTo(oldKey);
    assertThat(report.retiredKeyIds()).containsExactly(oldKey);
    assertThat(report.resealed()).isEqualTo(Map.of("people", 2_500));
    assertThat(db.keys().keys().sealingIds()).containsExactly(report.newKeyId());
    List<Person> read = new ArrayList<>();
    store.forEach(PersonFilter.ALL, read::add);
    assertThat(read).isEqualTo(people);
    assertThat(Keyring.keyId(sealed(db.jdbc(), 2_500))).isEqualTo(report.newKeyId());

    db.jdbc()
        .sql("UPDATE person SET sealed = :sealed WHERE id = 1")
        .param("sealed", sealedUnderOldKey)
        .update();
    assertThatThrownBy(() -> store.findById(1))
        .isInstanceOf(SealedValueException.class)
        .hasMessageContaining(
            "person:1:sealed was sealed under key " + Integer.toUnsignedString(oldKey))
        .hasMessageContaining("does not hold");
  }

  @StoreTest
  void aServerHoldingTheOldKeysFollowsARotationRunByAnotherProcess(TestDatabase db)
      throws Exception {
    Path file = Files.createTempDirectory("keys").resolve("warden-data.key");
    Keyring server = new Keyring(new KeyFile(file));
    Keyring command = new Keyring(new KeyFile(file));
    PersonStore serverPeople = store(db, server);
    serverPeople.insertAll(List.of(staff(1, "S1", "Before", "Ann")));

    KeyRotation.Report report =
        new KeyRotation(command, List.of(store(db, command)), db.transactions(), Duration.ZERO)
            .rotate();

    // Within a second the server notices the key file changed and seals under the new key...
    Thread.sleep(1_100);
    serverPeople.insertAll(List.of(staff(2, "S2", "After", "Bob")));
    assertThat(Keyring.keyId(sealed(db.jdbc(), 2))).isEqualTo(report.newKeyId());
    // ...and opens what the rotation re-sealed.
    assertThat(serverPeople.findById(1)).map(Person::surname).contains("Before");
  }

  private static PersonStore store(TestDatabase db, Keyring keys) {
    return new PersonStore(db.jdbc(), new JdbcTemplate(db.dataSource()), keys);
  }

  private static byte[] sealed(JdbcClient jdbc, int id) {
    return jdbc.sql("SELECT sealed FROM person WHERE id = :id")
        .param("id", id)
        .query(byte[].class)
        .single();
  }
}
