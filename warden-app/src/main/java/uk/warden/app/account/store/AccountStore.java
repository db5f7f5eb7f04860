package uk.warden.app.account.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.account.Account;
import uk.warden.app.account.ApiToken;
import uk.warden.app.account.Role;

/** Users and API tokens. */
@Repository
public class AccountStore {

  /** A user with the hash needed to check a password. */
  public record Credentials(Account account, String passwordHash) {}

  private final JdbcClient jdbc;

  public AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long countUsers() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  public List<Account> users() {
    return jdbc.sql(
            "SELECT username, role, enabled, created_at, sees_names FROM app_user ORDER BY username")
        .query(
            (rs, n) ->
                new Account(
                    rs.getString(1),
                    Role.valueOf(rs.getString(2)),
                    rs.getBoolean(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getBoolean(5)))
        .list();
  }

  public Optional<Credentials> credentials(String username) {
    return jdbc.sql(
            "SELECT username, role, enabled, created_at, sees_names, password_hash FROM app_user"
                + " WHERE username = :u")
        .param("u", username)
        .query(
            (rs, n) ->
                new Credentials(
                    new Account(
                        rs.getString(1),
                        Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getBoolean(5)),
                    rs.getString(6)))
        .optional();
  }

  public void insertUser(Account account, String passwordHash) {
    jdbc.sql(
            "INSERT INTO app_user (username, password_hash, role, enabled, created_at, sees_names)"
                + " VALUES (:u, :h, :r, :e, :c, :n)")
        .param("u", account.username())
        .param("h", passwordHash)
        .param("r", account.role().name())
        .param("e", account.enabled())
        .param("c", account.createdAt())
        .param("n", account.seesNames())
        .update();
  }

  /** Gives or takes away the names grant; whether the user exists. */
  public boolean updateSeesNames(String username, boolean seesNames) {
    return jdbc.sql("UPDATE app_user SET sees_names = :n WHERE username = :u")
            .param("n", seesNames)
            .param("u", username)
            .update()
        > 0;
  }

  public boolean updatePassword(String username, String passwordHash) {
    return jdbc.sql("UPDATE app_user SET password_hash = :h WHERE username = :u")
            .param("h", passwordHash)
            .param("u", username)
            .update()
        > 0;
  }

  /**
   * Counts one more failed password in a row for a user who is not locked at {@code now}; a name
   * nobody holds changes nothing. One statement, so two servers failing the same user at once both
   * count.
   */
  public void countFailedSignIn(String username, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE app_user SET failed_signins = failed_signins + 1 WHERE username = :u"
                + " AND (locked_until IS NULL OR locked_until <= :now)")
        .param("u", username)
        .param("now", now)
        .update();
  }

  /**
   * Locks the user until {@code until} if they have failed at least {@code maxFailures} times in a
   * row, starting the count again; whether it locked them.
   */
  public boolean lockAfterFailures(String username, int maxFailures, OffsetDateTime until) {
    return jdbc.sql(
                "UPDATE app_user SET locked_until = :until, failed_signins = 0"
                    + " WHERE username = :u AND failed_signins >= :max")
            .param("until", until)
            .param("u", username)
            .param("max", maxFailures)
            .update()
        > 0;
  }

  public boolean isLocked(String username, OffsetDateTime now) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u AND locked_until > :now")
            .param("u", username)
            .param("now", now)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Forgets the user's failed sign-ins and any lock; whether the user exists. */
  public boolean clearSignInFailures(String username) {
    return jdbc.sql(
                "UPDATE app_user SET failed_signins = 0, locked_until = NULL WHERE username = :u")
            .param("u", username)
            .update()
        > 0;
  }

  public void insertToken(ApiToken token, String tokenHash) {
    jdbc.sql(
            "INSERT INTO api_token (id, username, token_hash, label, created_at, expires_at)"
                + " VALUES (:id, :u, :h, :l, :c, :x)")
        .param("id", token.id())
        .param("u", token.username())
        .param("h", tokenHash)
        .param("l", token.label())
        .param("c", token.createdAt())
        .param("x", token.expiresAt())
        .update();
  }

  public Optional<ApiToken> tokenByHash(String tokenHash) {
    return jdbc.sql(TOKEN_SELECT + " WHERE token_hash = :h")
        .param("h", tokenHash)
        .query(AccountStore::mapToken)
        .optional();
  }

  public List<ApiToken> tokensOf(String username) {
    return jdbc.sql(TOKEN_SELECT + " WHERE username = :u ORDER BY created_at DESC")
        .param("u", username)
        .query(AccountStore::mapToken)
        .list();
  }

  public void touchToken(String id, OffsetDateTime at) {
    jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id")
        .param("at", at)
        .param("id", id)
        .update();
  }

  public boolean deleteToken(String id, String username) {
    return jdbc.sql("DELETE FROM api_token WHERE id = :id AND username = :u")
            .param("id", id)
            .param("u", username)
            .update()
        > 0;
  }

  private static final String TOKEN_SELECT =
      "SELECT id, username, label, created_at, expires_at, last_used_at FROM api_token";

  private static ApiToken mapToken(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ApiToken(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class),
        rs.getObject(5, OffsetDateTime.class),
        rs.getObject(6, OffsetDateTime.class));
  }
}
