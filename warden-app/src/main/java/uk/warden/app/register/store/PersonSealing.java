package uk.warden.app.register.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import uk.warden.app.crypto.Keyring;

/**
 * Seals the people of a store made before names were encrypted, right after Flyway migrates it: the
 * V010 migration moved their plaintext aside to {@code person_unsealed} because SQL cannot encrypt,
 * and this empties that table in the same start, a batch per transaction. On a store with nothing
 * left to seal it costs one count.
 */
@Component
public class PersonSealing implements Callback {

  private static final Logger LOG = LoggerFactory.getLogger(PersonSealing.class);
  private static final int BATCH = 2_000;

  private final Keyring keys;

  public PersonSealing(Keyring keys) {
    this.keys = keys;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    SingleConnectionDataSource connection =
        new SingleConnectionDataSource(context.getConnection(), true);
    JdbcTemplate template = new JdbcTemplate(connection);
    JdbcClient jdbc = JdbcClient.create(template);
    if (!tableExists(jdbc)) {
      return;
    }
    long waiting = jdbc.sql("SELECT COUNT(*) FROM person_unsealed").query(Long.class).single();
    if (waiting == 0) {
      return;
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

  @Override
  public String getCallbackName() {
    return "person-sealing";
  }
}
