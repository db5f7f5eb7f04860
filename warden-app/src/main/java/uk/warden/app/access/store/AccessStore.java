package uk.warden.app.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.access.DirectoryChange;
import uk.warden.app.access.DirectorySource;
import uk.warden.app.access.StoredGrant;
import uk.warden.app.platform.SqlTimes;
import uk.warden.app.register.store.PersonDetailsCodec;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;

/**
 * The access directory as imported: principals, group memberships and grants, each tagged with the
 * source it came from so that a re-import from one source replaces only what that source said.
 * Events and their volumes are in {@link AccessEventStore}.
 */
@Repository
public class AccessStore {

  private static final String PRINCIPAL = "id, kind, pay_number, party_code, clearances, enabled";
  private static final String GRANT =
      "id, holder_id, system_code, categories, access_type, purpose, granted_by, granted_at,"
          + " expires_at, last_used_at, source, revoked_at, revoked_by, revoke_reason";
  private static final char CATEGORY_SEPARATOR = ';';

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public AccessStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Replaces what {@code source} said: its principals are written (those it no longer lists are
   * disabled, not deleted, so their grants stay visible), its memberships replaced, and, when
   * {@code grants} is given, its grants written with those it no longer lists revoked.
   */
  public DirectoryChange replace(
      DirectorySource source,
      List<Principal> principals,
      List<Membership> memberships,
      @Nullable List<Grant> grants,
      Instant at) {
    Set<String> listed = new HashSet<>();
    principals.forEach(p -> listed.add(p.id()));
    List<String> existing =
        jdbc.sql("SELECT id FROM access_principal WHERE source = ? AND enabled")
            .param(source.name())
            .query(String.class)
            .list();
    List<Object[]> vanished =
        existing.stream().filter(id -> !listed.contains(id)).map(id -> new Object[] {id}).toList();
    template.batchUpdate("UPDATE access_principal SET enabled = FALSE WHERE id = ?", vanished);
    template.batchUpdate(
        "DELETE FROM access_principal WHERE id = ?",
        principals.stream().map(p -> new Object[] {p.id()}).toList());
    Object when = SqlTimes.utc(at);
    template.batchUpdate(
        "INSERT INTO access_principal ("
            + PRINCIPAL
            + ", source, imported_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        principals.stream()
            .map(
                p ->
                    new Object[] {
                      p.id(),
                      p.kind().name(),
                      p.payNumber(),
                      p.partyCode(),
                      PersonDetailsCodec.clearances(p.clearances()),
                      p.enabled(),
                      source.name(),
                      when
                    })
            .toList());
    jdbc.sql("DELETE FROM access_membership WHERE source = ?").param(source.name()).update();
    template.batchUpdate(
        "INSERT INTO access_membership (group_id, member_id, source) VALUES (?, ?, ?)",
        memberships.stream()
            .map(m -> new Object[] {m.groupId(), m.memberId(), source.name()})
            .toList());
    int revoked = grants == null ? 0 : replaceGrants(source, grants, at);
    return new DirectoryChange(
        principals.size(),
        memberships.size(),
        grants == null ? 0 : grants.size(),
        vanished.size(),
        revoked);
  }

  private int replaceGrants(DirectorySource source, List<Grant> grants, Instant at) {
    Set<String> listed = new HashSet<>();
    grants.forEach(g -> listed.add(g.id()));
    List<Object[]> dropped =
        jdbc
            .sql("SELECT id FROM access_grant WHERE source = ? AND revoked_at IS NULL")
            .param(source.name())
            .query(String.class)
            .list()
            .stream()
            .filter(id -> !listed.contains(id))
            .map(id -> new Object[] {SqlTimes.utc(at), id})
            .toList();
    template.batchUpdate(
        "UPDATE access_grant SET revoked_at = ?, revoked_by = 'import',"
            + " revoke_reason = 'no longer in the source' WHERE id = ?",
        dropped);
    template.batchUpdate(
        "DELETE FROM access_grant WHERE id = ?",
        grants.stream().map(g -> new Object[] {g.id()}).toList());
    template.batchUpdate(
        "INSERT INTO access_grant ("
            + GRANT
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL,"
            + " NULL, NULL)",
        grants.stream()
            .map(
                g ->
                    new Object[] {
                      g.id(),
                      g.holderId(),
                      g.systemCode(),
                      String.join(String.valueOf(CATEGORY_SEPARATOR), g.categories()),
                      g.type().name(),
                      g.purpose(),
                      g.grantedBy(),
                      SqlTimes.utc(g.grantedAt()),
                      SqlTimes.utc(g.expiresAt()),
                      SqlTimes.utc(g.lastUsedAt()),
                      source.name()
                    })
            .toList());
    return dropped.size();
  }

  /** The live directory: every principal, every membership, the grants not revoked. */
  public AccessDirectory directory() {
    List<Principal> principals =
        jdbc.sql("SELECT " + PRINCIPAL + " FROM access_principal ORDER BY id")
            .query(AccessStore::principal)
            .list();
    List<Membership> memberships =
        jdbc.sql("SELECT group_id, member_id FROM access_membership ORDER BY group_id, member_id")
            .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2)))
            .list();
    List<Grant> grants =
        grants("WHERE revoked_at IS NULL ORDER BY id").stream().map(StoredGrant::grant).toList();
    return AccessDirectory.of(principals, memberships, grants);
  }

  public Optional<Principal> principal(String id) {
    return jdbc.sql("SELECT " + PRINCIPAL + " FROM access_principal WHERE id = ?")
        .param(id)
        .query(AccessStore::principal)
        .optional();
  }

  /** Every grant on one system, revoked ones included, in id order. */
  public List<StoredGrant> grantsOn(String systemCode) {
    return grants("WHERE system_code = ? ORDER BY id", systemCode);
  }

  public Optional<StoredGrant> grant(String id) {
    return grants("WHERE id = ?", id).stream().findFirst();
  }

  /** Revokes a live grant; false when it was not live. */
  public boolean revoke(String grantId, String by, String reason, Instant at) {
    return jdbc.sql(
                "UPDATE access_grant SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
                    + " WHERE id = ? AND revoked_at IS NULL")
            .params(SqlTimes.utc(at), by, reason, grantId)
            .update()
        == 1;
  }

  /**
   * Moves the last use of direct grants forward to what events showed: one update per principal and
   * system that was seen.
   */
  public void markUsed(List<LastUse> uses) {
    template.batchUpdate(
        "UPDATE access_grant SET last_used_at = ? WHERE holder_id = ? AND system_code = ?"
            + " AND (last_used_at IS NULL OR last_used_at < ?)",
        uses.stream()
            .map(
                u ->
                    new Object[] {
                      SqlTimes.utc(u.at()), u.principalId(), u.systemCode(), SqlTimes.utc(u.at())
                    })
            .toList());
  }

  /** The latest event a principal was seen at on a system. */
  public record LastUse(String principalId, String systemCode, Instant at) {}

  /** Volumes from the daily aggregate, for the findings. */
  public AccessVolumes volumes(ZoneId zone) {
    AccessVolumes.Builder builder = AccessVolumes.builder(zone);
    template.query(
        "SELECT system_code, used_on, packed FROM access_volume",
        rs -> {
          String system = rs.getString(1);
          LocalDate day = rs.getObject(2, LocalDate.class);
          DayVolumes.unpack(rs.getBytes(3))
              .cells()
              .forEach(
                  (principal, cell) ->
                      builder.add(principal, system, day, cell[0], Math.toIntExact(cell[1])));
        });
    return builder.build();
  }

  private List<StoredGrant> grants(String where, Object... params) {
    return jdbc.sql("SELECT " + GRANT + " FROM access_grant " + where)
        .params(Arrays.asList(params))
        .query(AccessStore::storedGrant)
        .list();
  }

  private static Principal principal(ResultSet rs, int n) throws SQLException {
    return new Principal(
        rs.getString(1),
        PrincipalKind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        PersonDetailsCodec.clearances(rs.getString(5)),
        rs.getBoolean(6));
  }

  private static StoredGrant storedGrant(ResultSet rs, int n) throws SQLException {
    String categories = rs.getString(4);
    Set<String> set = new TreeSet<>();
    if (!categories.isEmpty()) {
      set.addAll(List.of(categories.split(String.valueOf(CATEGORY_SEPARATOR))));
    }
    Grant grant =
        new Grant(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            set,
            AccessType.valueOf(rs.getString(5)),
            rs.getString(6),
            rs.getString(7),
            SqlTimes.instant(rs, 8),
            SqlTimes.instant(rs, 9),
            SqlTimes.instant(rs, 10));
    return new StoredGrant(
        grant,
        DirectorySource.valueOf(rs.getString(11)),
        SqlTimes.instant(rs, 12),
        rs.getString(13),
        rs.getString(14));
  }
}
