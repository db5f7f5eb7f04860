package uk.warden.app.register.store;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.warden.app.crypto.Keyring;

/**
 * Seals the people of a store made before names were encrypted: the V010 migration moved their
 * plaintext aside to {@code person_unsealed} because SQL cannot encrypt, and this empties that
 * table, a batch at a time. On a store with nothing left to seal it costs one count.
 */
public class PersonSealing {

  private static final Logger LOG = LoggerFactory.getLogger(PersonSealing.class);
  private static final int BATCH = 2_000;

  private final Keyring keys;

  public PersonSealing(Keyring keys) {
    this.keys = keys;
  }

  /** Seals every waiting person over this connection; how many there were. */
  public int sealWaiting(Connection connection) {
    JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    JdbcClient jdbc = JdbcClient.create(template);
    if (!tableExists(jdbc)
        || jdbc.sql("SELECT COUNT(*) FROM person_unsealed").query(Long.class).single() == 0) {
      return 0;
    }
    PersonStore people = new PersonStore(jdbc, template, keys);
    int sealed = 0;
    for (var batch = next(jdbc); !batch.isEmpty(); batch = next(jdbc)) {
      people.seal(batch);
      jdbc.sql("DELETE FROM person_unsealed WHERE id IN (:ids)")
          .param("ids", batch.keySet())
          .update();
      sealed += batch.size();
    }
    LOG.info(
        "Sealed the names and identifiers of {} people under the {}",
        sealed,
        keys.source().describe());
    return sealed;
  }

  private static boolean tableExists(JdbcClient jdbc) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) ="
                    + " 'person_unsealed'")
            .query(Long.class)
            .single()
        > 0;
  }

  /** The next waiting people's names and identifiers, by id. */
  private static Map<Integer, SealedDetails> next(JdbcClient jdbc) {
    Map<Integer, SealedDetails> batch = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT id, surname, forenames, photo_ref, identifiers FROM person_unsealed"
                + " ORDER BY id LIMIT :limit")
        .param("limit", BATCH)
        .query(
            rs -> {
              batch.put(
                  rs.getInt("id"),
                  new SealedDetails(
                      rs.getString("surname"),
                      rs.getString("forenames"),
                      rs.getString("photo_ref"),
                      PersonDetailsCodec.identifiers(rs.getString("identifiers"))));
            });
    return batch;
  }
}
