package uk.warden.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.warden.app.account.store.AccountStore;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.testing.MutableClock;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** Users and tokens over a real store, on both engines. */
class AccountServiceTests {

  private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");
  private static final String PASSWORD = "correct horse battery";

  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final MutableClock clock = new MutableClock(T0);

  @StoreTest
  void aTokenSignsInItsOwnerUntilItExpires(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.DPO, PASSWORD);

    NewToken token = accounts.createToken("alice", "  nightly job ", Duration.ofDays(1));

    assertThat(token.secret()).startsWith("wdn_").hasSize(44);
    assertThat(token.token().label()).isEqualTo("nightly job");
    assertThat(accounts.authenticateToken(token.secret())).map(Account::username).contains("alice");
    assertThat(db.accounts().tokenByHash(AccountService.hash(token.secret()))).isPresent();
    assertThat(
            db.jdbc()
                .sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s")
                .param("s", token.secret())
                .query(Long.class)
                .single())
        .as("the secret itself is never stored")
        .isZero();

    clock.advance(Duration.ofDays(1).plusSeconds(1));

    assertThat(accounts.authenticateToken(token.secret())).isEmpty();
  }

  @StoreTest
  void refusesUnknownAndMisshapenTokens(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.DPO, PASSWORD);
    String real = accounts.createToken("alice", "", null).secret();

    assertThat(accounts.authenticateToken("wdn_" + "x".repeat(40))).isEmpty();
    assertThat(accounts.authenticateToken(real.substring(4))).isEmpty();
    assertThat(accounts.authenticateToken("")).isEmpty();
    assertThat(accounts.authenticateToken(real + "x")).isEmpty();
    assertThat(accounts.tokensOf("alice")).extracting(ApiToken::label).containsExactly("token");
  }

  @StoreTest
  void aDisabledUsersTokenSignsNobodyIn(TestDatabase db) {
    AccountService accounts = service(db);
    db.accounts()
        .insertUser(
            new Account("gone", Role.ANALYST, false, OffsetDateTime.now(clock), false), "x");

    String secret = accounts.createToken("gone", "old script", null).secret();

    assertThat(accounts.authenticateToken(secret)).isEmpty();
  }

  @StoreTest
  void recordsATokensUseAtMostOnceAMinute(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.ANALYST, PASSWORD);
    String secret = accounts.createToken("alice", "cli", null).secret();

    accounts.authenticateToken(secret);
    clock.advance(Duration.ofSeconds(30));
    accounts.authenticateToken(secret);

    assertThat(lastUsed(accounts, "alice")).isEqualTo(T0);

    clock.advance(Duration.ofSeconds(31));
    accounts.authenticateToken(secret);

    assertThat(lastUsed(accounts, "alice")).isEqualTo(T0.plusSeconds(61));
  }

  @StoreTest
  void aRevokedTokenStopsWorkingAndOnlyItsOwnerMayRevokeIt(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.DPO, PASSWORD);
    accounts.createUser("mallory", Role.DPO, PASSWORD);
    NewToken token = accounts.createToken("alice", "cli", null);

    assertThatThrownBy(() -> accounts.revokeToken("mallory", token.token().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(accounts.authenticateToken(token.secret())).isPresent();

    accounts.revokeToken("alice", token.token().id());

    assertThat(accounts.authenticateToken(token.secret())).isEmpty();
    assertThat(accounts.tokensOf("alice")).isEmpty();
  }

  @StoreTest
  void createsTheFirstAdministratorOnlyOnce(TestDatabase db) {
    AccountService accounts = service(db);

    String password = accounts.ensureAdmin().orElseThrow();

    assertThat(password).hasSize(20);
    AccountStore.Credentials admin = accounts.credentials(AccountService.ADMIN).orElseThrow();
    assertThat(admin.account().role()).isEqualTo(Role.ADMIN);
    assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
    assertThat(admin.passwordHash()).doesNotContain(password);
    assertThat(accounts.ensureAdmin()).isEmpty();
    assertThat(accounts.users()).hasSize(1);
  }

  @StoreTest
  void resetsAPasswordToANewOne(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.AUDITOR, PASSWORD);

    String fresh = accounts.resetPassword("alice");

    String hash = accounts.credentials("alice").orElseThrow().passwordHash();
    assertThat(encoder.matches(fresh, hash)).isTrue();
    assertThat(encoder.matches(PASSWORD, hash)).isFalse();
    assertThatThrownBy(() -> accounts.resetPassword("nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @StoreTest
  void refusesBadUsernamesShortPasswordsAndDuplicates(TestDatabase db) {
    AccountService accounts = service(db);
    accounts.createUser("alice", Role.DPO, PASSWORD);

    assertThat(problemField(() -> accounts.createUser("al ice", Role.DPO, PASSWORD)))
        .isEqualTo("username");
    assertThat(problemField(() -> accounts.createUser("bob", Role.DPO, "short")))
        .isEqualTo("password");
    assertThat(problemField(() -> accounts.createUser("alice", Role.ADMIN, PASSWORD)))
        .isEqualTo("username");
    assertThatThrownBy(() -> accounts.createToken("nobody", "x", null))
        .isInstanceOf(NotFoundException.class);
    assertThat(accounts.users()).extracting(Account::username).containsExactly("alice");
  }

  private AccountService service(TestDatabase db) {
    return new AccountService(db.accounts(), encoder, clock, db.audit(clock));
  }

  private static Instant lastUsed(AccountService accounts, String user) {
    return accounts.tokensOf(user).get(0).lastUsedAt().toInstant();
  }

  private static String problemField(Runnable action) {
    try {
      action.run();
    } catch (BadInputException e) {
      return e.problems().stream().map(InputProblem::field).findFirst().orElse(null);
    }
    throw new AssertionError("expected the input to be refused");
  }
}
