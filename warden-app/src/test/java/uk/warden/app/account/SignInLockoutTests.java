package uk.warden.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.testing.MutableClock;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;

/** The lock-out over a real store, on both engines. */
class SignInLockoutTests {

  private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");
  private static final SignInSettings FIVE_FOR_15_MINUTES =
      new SignInSettings(5, Duration.ofMinutes(15));

  private final MutableClock clock = new MutableClock(T0);

  @StoreTest
  void locksAnAccountOnTheFifthWrongPasswordInARow(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");

    fail(lockout, "alice", 4);
    assertThat(lockout.isLocked("alice")).isFalse();
    fail(lockout, "alice", 1);

    assertThat(lockout.isLocked("alice")).isTrue();
  }

  @StoreTest
  void aRightPasswordStartsTheCountAgain(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");

    fail(lockout, "alice", 4);
    lockout.recordSuccess("alice");
    fail(lockout, "alice", 4);

    assertThat(lockout.isLocked("alice")).isFalse();
  }

  @StoreTest
  void theLockRunsOutAfterTheLockOutPeriodAndTheCountStartsAfresh(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");
    fail(lockout, "alice", 5);

    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(lockout.isLocked("alice")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(lockout.isLocked("alice")).isFalse();

    fail(lockout, "alice", 4);
    assertThat(lockout.isLocked("alice")).isFalse();
  }

  @StoreTest
  void wrongPasswordsWhileLockedNeitherCountNorLengthenTheLock(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");
    fail(lockout, "alice", 5);

    clock.advance(Duration.ofMinutes(10));
    fail(lockout, "alice", 20);
    clock.advance(Duration.ofMinutes(5));

    assertThat(lockout.isLocked("alice")).isFalse();
    fail(lockout, "alice", 4);
    assertThat(lockout.isLocked("alice")).isFalse();
  }

  @StoreTest
  void theLockIsInTheStoreSoAnotherServerOrARestartSeesIt(TestDatabase db) {
    fail(withUser(db, "alice"), "alice", 5);

    SignInLockout afterRestart =
        new SignInLockout(db.accounts(), FIVE_FOR_15_MINUTES, clock, db.audit(clock));

    assertThat(afterRestart.isLocked("alice")).isTrue();
  }

  @StoreTest
  void failuresOnTwoServersAddUp(TestDatabase db) {
    SignInLockout one = withUser(db, "alice");
    SignInLockout other =
        new SignInLockout(db.accounts(), FIVE_FOR_15_MINUTES, clock, db.audit(clock));

    fail(one, "alice", 3);
    fail(other, "alice", 2);

    assertThat(one.isLocked("alice")).isTrue();
  }

  @StoreTest
  void aNameNobodyHoldsLeavesNoTrace(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");

    fail(lockout, "mallory", 50);

    assertThat(lockout.isLocked("mallory")).isFalse();
    assertThat(db.accounts().countUsers()).isOne();
    assertThat(lockout.isLocked("alice")).isFalse();
  }

  @StoreTest
  void anAdministratorUnlocksAnAccountBeforeTheLockRunsOut(TestDatabase db) {
    SignInLockout lockout = withUser(db, "alice");
    fail(lockout, "alice", 5);

    lockout.unlock("alice");

    assertThat(lockout.isLocked("alice")).isFalse();
    fail(lockout, "alice", 4);
    assertThat(lockout.isLocked("alice"))
        .as("the failures before the lock are forgotten")
        .isFalse();
    assertThatThrownBy(() -> lockout.unlock("nobody"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no user nobody");
  }

  @StoreTest
  void aLowerLimitLocksSooner(TestDatabase db) {
    SignInLockout strict = withUser(db, "alice", new SignInSettings(2, Duration.ofHours(1)));

    fail(strict, "alice", 2);
    clock.advance(Duration.ofMinutes(59));

    assertThat(strict.isLocked("alice")).isTrue();
  }

  private SignInLockout withUser(TestDatabase db, String username) {
    return withUser(db, username, FIVE_FOR_15_MINUTES);
  }

  private SignInLockout withUser(TestDatabase db, String username, SignInSettings settings) {
    new AccountService(
            db.accounts(),
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            clock,
            db.audit(clock))
        .createUser(username, Role.DPO, "correct horse battery");
    return new SignInLockout(db.accounts(), settings, clock, db.audit(clock));
  }

  private static void fail(SignInLockout lockout, String username, int times) {
    for (int i = 0; i < times; i++) {
      lockout.recordFailure(username);
    }
  }
}
