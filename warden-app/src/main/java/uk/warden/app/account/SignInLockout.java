package uk.warden.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.account.store.AccountStore;
import uk.warden.app.audit.Audit;
import uk.warden.app.platform.NotFoundException;

/**
 * Locks a local account after too many failed passwords in a row, for a while or until an
 * administrator unlocks it. The count and the lock live in the store, so a restart does not lift a
 * lock and every Warden server behind a load balancer sees the same one.
 */
@Service
@Transactional
public class SignInLockout {

  private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);

  private final AccountStore store;
  private final SignInSettings settings;
  private final Clock clock;
  private final Audit audit;

  public SignInLockout(AccountStore store, SignInSettings settings, Clock clock, Audit audit) {
    this.audit = audit;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** A wrong password (or a name nobody holds, which leaves nothing behind). */
  public void recordFailure(String username) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.countFailedSignIn(username, now);
    if (store.lockAfterFailures(username, settings.maxFailures(), now.plus(settings.lockout()))) {
      // No name: a user name is personal data, and the log is read by more people than Warden is.
      log.warn(
          "A local account was locked for {} after {} failed sign-ins in a row",
          settings.lockout(),
          settings.maxFailures());
    }
  }

  /** A right password: the failures before it no longer count. */
  public void recordSuccess(String username) {
    store.clearSignInFailures(username);
  }

  @Transactional(readOnly = true)
  public boolean isLocked(String username) {
    return store.isLocked(username, OffsetDateTime.now(clock));
  }

  /** Lifts a lock (and forgets the failures) before it runs out. */
  public void unlock(String username) {
    if (!store.clearSignInFailures(username)) {
      throw new NotFoundException("user", "no user " + username);
    }
    audit.administered("user.unlock", List.of("user:" + username));
  }

  public SignInSettings settings() {
    return settings;
  }
}
