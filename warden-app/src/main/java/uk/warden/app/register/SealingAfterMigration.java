package uk.warden.app.register;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.register.store.PersonSealing;

/**
 * Runs {@link PersonSealing} each time Flyway has migrated the store, in the same start and before
 * anything reads people: a store made before names were sealed is sealed on its first start with
 * this version, since the SQL migration alone cannot encrypt.
 */
@Component
public class SealingAfterMigration implements Callback {

  private final Keyring keys;

  public SealingAfterMigration(Keyring keys) {
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
    new PersonSealing(keys).sealWaiting(context.getConnection());
  }

  @Override
  public String getCallbackName() {
    return "person-sealing";
  }
}
