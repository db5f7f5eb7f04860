package uk.warden.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.account.store.AccountStore;
import uk.warden.app.audit.Audit;
import uk.warden.app.platform.NotFoundException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** Users, passwords and API tokens. */
@Service
@Transactional
public class AccountService {

  public static final String ADMIN = "admin";
  private static final String TOKEN_PREFIX = "wdn_";
  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final AccountStore store;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Audit audit;

  public AccountService(AccountStore store, PasswordEncoder encoder, Clock clock, Audit audit) {
    this.audit = audit;
    this.store = store;
    this.encoder = encoder;
    this.clock = clock;
  }

  /**
   * Creates the first administrator when the store has no users, returning the generated password
   * so the caller can show it once. Empty when users exist already.
   */
  public Optional<String> ensureAdmin() {
    if (store.countUsers() > 0) {
      return Optional.empty();
    }
    String password = randomText(20);
    createUser(ADMIN, Role.ADMIN, password);
    return Optional.of(password);
  }

  public Account createUser(String username, Role role, String password) {
    if (!username.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new BadInputException(
          InputProblem.field("user", "username", "use 1-64 letters, digits, dots, @, _ or -"));
    }
    if (password.length() < 12) {
      throw new BadInputException(
          InputProblem.field("user", "password", "must be at least 12 characters"));
    }
    if (store.credentials(username).isPresent()) {
      throw new BadInputException(InputProblem.field("user", "username", "already exists"));
    }
    Account account = new Account(username, role, true, OffsetDateTime.now(clock), false);
    store.insertUser(account, encoder.encode(password));
    audit.administered("user.create", List.of("user:" + username, "role:" + role));
    return account;
  }

  /** Sets a new generated password and returns it, for a forgotten or never-seen password. */
  public String resetPassword(String username) {
    String password = randomText(20);
    if (!store.updatePassword(username, encoder.encode(password))) {
      throw new NotFoundException("user", "no user " + username);
    }
    audit.administered("user.reset-password", List.of("user:" + username));
    return password;
  }

  @Transactional(readOnly = true)
  public List<Account> users() {
    return store.users();
  }

  @Transactional(readOnly = true)
  public Optional<AccountStore.Credentials> credentials(String username) {
    return store.credentials(username);
  }

  public NewToken createToken(String username, String label, @Nullable Duration lifetime) {
    if (store.credentials(username).isEmpty()) {
      throw new NotFoundException("user", "no user " + username);
    }
    String secret = TOKEN_PREFIX + randomText(40);
    OffsetDateTime now = OffsetDateTime.now(clock);
    ApiToken token =
        new ApiToken(
            randomText(12),
            username,
            label.isBlank() ? "token" : label.strip(),
            now,
            lifetime == null ? null : now.plus(lifetime),
            null);
    store.insertToken(token, hash(secret));
    audit.administered("token.create", List.of("user:" + username, "token:" + token.id()));
    return new NewToken(token, secret);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> tokensOf(String username) {
    return store.tokensOf(username);
  }

  public void revokeToken(String username, String id) {
    if (!store.deleteToken(id, username)) {
      throw new NotFoundException("token", "no such token");
    }
    audit.administered("token.revoke", List.of("user:" + username, "token:" + id));
  }

  /** The enabled account a presented token belongs to, if the token is known and unexpired. */
  public Optional<Account> authenticateToken(String secret) {
    if (!secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    return store
        .tokenByHash(hash(secret))
        .filter(t -> t.expiresAt() == null || t.expiresAt().isAfter(now))
        .flatMap(
            t -> {
              // Record use at most once a minute: a script's every call need not be a write.
              if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusMinutes(1))) {
                store.touchToken(t.id(), now);
              }
              return store.credentials(t.username()).map(AccountStore.Credentials::account);
            })
        .filter(Account::enabled);
  }

  /**
   * Tokens carry 238 bits of randomness, so a fast hash is enough: there is nothing to guess, and
   * every API call must check one.
   */
  static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private String randomText(int length) {
    char[] text = new char[length];
    for (int i = 0; i < length; i++) {
      text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(text);
  }
}
