package uk.warden.app.account.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.account.Account;
import uk.warden.app.account.ApiToken;
import uk.warden.app.account.Role;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;

class AccountStoreTests {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2025, 3, 1, 9, 30, 15, 123_456_000, ZoneOffset.UTC);

  @StoreTest
  void keepsAUserWithTheHashOfTheirPassword(TestDatabase db) {
    AccountStore store = db.accounts();
    Account alice = new Account("alice", Role.DPO, true, T0, false);

    store.insertUser(alice, "{bcrypt}$2a$10$hash");

    AccountStore.Credentials read = store.credentials("alice").orElseThrow();
    assertThat(read.passwordHash()).isEqualTo("{bcrypt}$2a$10$hash");
    assertThat(read.account().username()).isEqualTo("alice");
    assertThat(read.account().role()).isEqualTo(Role.DPO);
    assertThat(read.account().enabled()).isTrue();
    assertThat(read.account().createdAt().toInstant()).isEqualTo(T0.toInstant());
    assertThat(store.credentials("Alice")).isEmpty();
    assertThat(store.credentials("bob")).isEmpty();
  }

  @StoreTest
  void listsUsersByNameAndCountsThem(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("zed", Role.AUDITOR, false, T0, false), "h1");
    store.insertUser(new Account("amy", Role.ANALYST, true, T0.plusHours(1), false), "h2");

    assertThat(store.countUsers()).isEqualTo(2);
    assertThat(store.users()).extracting(Account::username).containsExactly("amy", "zed");
    assertThat(store.users().get(1).enabled()).isFalse();
    assertThat(store.users().get(1).role()).isEqualTo(Role.AUDITOR);
  }

  @StoreTest
  void refusesASecondUserWithTheSameName(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("alice", Role.DPO, true, T0, false), "h1");

    assertThatThrownBy(
            () -> store.insertUser(new Account("alice", Role.ADMIN, true, T0, false), "h2"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.credentials("alice").orElseThrow().account().role()).isEqualTo(Role.DPO);
  }

  @StoreTest
  void updatesAPasswordOnlyForAKnownUser(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("alice", Role.DPO, true, T0, false), "old");

    assertThat(store.updatePassword("alice", "new")).isTrue();
    assertThat(store.updatePassword("nobody", "new")).isFalse();

    assertThat(store.credentials("alice").orElseThrow().passwordHash()).isEqualTo("new");
    assertThat(store.countUsers()).isOne();
  }

  @StoreTest
  void keepsTokensByHashAndRecordsTheirUse(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("alice", Role.DPO, true, T0, false), "h");
    ApiToken forever = new ApiToken("tok1", "alice", "script", T0, null, null);
    ApiToken shortLived =
        new ApiToken("tok2", "alice", "ci", T0.plusDays(1), T0.plusDays(31), null);
    store.insertToken(forever, "a".repeat(64));
    store.insertToken(shortLived, "b".repeat(64));

    ApiToken read = store.tokenByHash("a".repeat(64)).orElseThrow();
    assertThat(read.id()).isEqualTo("tok1");
    assertThat(read.username()).isEqualTo("alice");
    assertThat(read.label()).isEqualTo("script");
    assertThat(read.createdAt().toInstant()).isEqualTo(T0.toInstant());
    assertThat(read.expiresAt()).isNull();
    assertThat(read.lastUsedAt()).isNull();
    assertThat(store.tokenByHash("b".repeat(64)).orElseThrow().expiresAt().toInstant())
        .isEqualTo(T0.plusDays(31).toInstant());
    assertThat(store.tokenByHash("c".repeat(64))).isEmpty();
    assertThat(store.tokensOf("alice")).extracting(ApiToken::id).containsExactly("tok2", "tok1");
    assertThat(store.tokensOf("nobody")).isEmpty();

    store.touchToken("tok1", T0.plusMinutes(5));

    assertThat(store.tokenByHash("a".repeat(64)).orElseThrow().lastUsedAt().toInstant())
        .isEqualTo(T0.plusMinutes(5).toInstant());
    assertThat(store.tokenByHash("b".repeat(64)).orElseThrow().lastUsedAt()).isNull();
  }

  @StoreTest
  void deletesATokenOnlyForItsOwner(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("alice", Role.DPO, true, T0, false), "h");
    store.insertUser(new Account("mallory", Role.DPO, true, T0, false), "h");
    store.insertToken(new ApiToken("tok1", "alice", "script", T0, null, null), "a".repeat(64));

    assertThat(store.deleteToken("tok1", "mallory")).isFalse();
    assertThat(store.tokensOf("alice")).hasSize(1);
    assertThat(store.deleteToken("tok1", "alice")).isTrue();
    assertThat(store.tokensOf("alice")).isEmpty();
    assertThat(store.tokenByHash("a".repeat(64))).isEmpty();
  }

  @StoreTest
  void refusesATokenForAnUnknownUserOrAReusedHash(TestDatabase db) {
    AccountStore store = db.accounts();
    store.insertUser(new Account("alice", Role.DPO, true, T0, false), "h");
    store.insertToken(new ApiToken("tok1", "alice", "one", T0, null, null), "a".repeat(64));

    assertThatThrownBy(
            () ->
                store.insertToken(
                    new ApiToken("tok2", "ghost", "x", T0, null, null), "b".repeat(64)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                store.insertToken(
                    new ApiToken("tok3", "alice", "x", T0, null, null), "a".repeat(64)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(store.tokensOf("alice")).extracting(ApiToken::id).containsExactly("tok1");
  }
}
