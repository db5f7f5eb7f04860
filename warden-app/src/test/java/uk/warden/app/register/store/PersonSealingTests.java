package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.crypto.ProcessKeys;
import uk.warden.app.testing.Databases;
import uk.warden.core.register.IdentifierKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;

/** A store made before names were sealed is sealed on its first start with V010. */
class PersonSealingTests {

  @Test
  void sealsThePlaintextAStoreKeptBeforeAndLeavesNoneOfIt() throws Exception {
    SingleConnectionDataSource data =
        new SingleConnectionDataSource(Databases.h2Url("sealing"), "sa", "", true);
    try {
      migrate(data, "9");
      JdbcClient jdbc = JdbcClient.create(data);
      jdbc.sql(
              """
              INSERT INTO person (id, pay_number, surname, forenames, search_key, kind, status,
                                  photo_ref, identifiers)
              VALUES (4, 'P4', 'Threlkeld', 'Ottoline', 'threlkeld ottoline p4', 'STAFF',
                      'SERVING', 'photos/p4.jpg',
                      '[{"kind":"CARD_SERIAL","value":"CS1","unitCode":null,"publicFacing":false}]')
              """)
          .update();
      migrate(data, "10");
      Keyring keys = new Keyring(new ProcessKeys());

      int sealed;
      try (Connection connection = data.getConnection()) {
        sealed = new PersonSealing(keys).sealWaiting(connection);
      }

      assertThat(sealed).isEqualTo(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM person_unsealed").query(Long.class).single())
          .isZero();
      PersonStore people = new PersonStore(jdbc, new JdbcTemplate(data), keys);
      Person person = people.findById(4).orElseThrow();
      assertThat(person.surname()).isEqualTo("Threlkeld");
      assertThat(person.forenames()).isEqualTo("Ottoline");
      assertThat(person.photoRef()).isEqualTo("photos/p4.jpg");
      assertThat(person.identifiers())
          .containsExactly(new PersonIdentifier(IdentifierKind.CARD_SERIAL, "CS1", null, false));
      assertThat(
              people
                  .search(
                      uk.warden.app.register.PersonFilter.text("threlkeld"),
                      new uk.warden.app.platform.PageRequest(1, 10))
                  .items())
          .extracting(Person::payNumber)
          .isEqualTo(List.of("P4"));
      assertThat(jdbc.sql("SELECT * FROM person").query().listOfRows().toString())
          .doesNotContain("Threlkeld");
    } finally {
      data.destroy();
    }
  }

  private static void migrate(SingleConnectionDataSource data, String target) {
    Flyway.configure()
        .dataSource(data)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
