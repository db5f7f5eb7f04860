package uk.warden.app.review.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.SqlTimes;
import uk.warden.app.review.Campaign;
import uk.warden.app.review.Decision;
import uk.warden.app.review.Progress;
import uk.warden.app.review.ReviewItem;
import uk.warden.app.review.RevocationTask;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;

/** Review campaigns, their items (grant snapshots and decisions) and revocation tasks. */
@Repository
public class ReviewStore {

  private static final String CAMPAIGN =
      "id, name, due_on, started_at, started_by, closed_at, closed_by";
  private static final String ITEM =
      "id, campaign_id, grant_id, holder_id, system_code, system_owner, categories, access_type,"
          + " purpose, granted_at, expires_at, last_used_at, decision, reason, decided_by,"
          + " decided_at";
  private static final String TASK =
      "t.id, t.campaign_id, t.item_id, t.grant_id, i.holder_id, i.system_code, t.created_at,"
          + " t.done_at, t.done_by, t.note";
  private static final String CATEGORY_SEPARATOR = ";";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public ReviewStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A grant to review and its system's owner, both as they are at the start. */
  public record Snapshot(Grant grant, @Nullable String owner) {}

  /** Starts a campaign with one item per snapshot; returns its id. */
  public long start(
      String name, @Nullable LocalDate dueOn, String by, Instant at, List<Snapshot> items) {
    long id = jdbc.sql("SELECT NEXTVAL('review_campaign_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO review_campaign (id, name, due_on, started_at, started_by)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id, name, dueOn == null ? null : Date.valueOf(dueOn), SqlTimes.utc(at), by)
        .update();
    template.batchUpdate(
        "INSERT INTO review_item (id, campaign_id, grant_id, holder_id, system_code, system_owner,"
            + " categories, access_type, purpose, granted_at, expires_at, last_used_at)"
            + " VALUES (NEXTVAL('review_item_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        items.stream()
            .map(
                s -> {
                  Grant g = s.grant();
                  return new Object[] {
                    id,
                    g.id(),
                    g.holderId(),
                    g.systemCode(),
                    s.owner(),
                    String.join(CATEGORY_SEPARATOR, g.categories()),
                    g.type().name(),
                    g.purpose(),
                    SqlTimes.utc(g.grantedAt()),
                    SqlTimes.utc(g.expiresAt()),
                    SqlTimes.utc(g.lastUsedAt())
                  };
                })
            .toList());
    return id;
  }

  /** Every campaign, newest first. */
  public List<Campaign> campaigns() {
    return jdbc.sql("SELECT " + CAMPAIGN + " FROM review_campaign ORDER BY id DESC")
        .query(ReviewStore::campaign)
        .list();
  }

  public Optional<Campaign> campaign(long id) {
    return jdbc.sql("SELECT " + CAMPAIGN + " FROM review_campaign WHERE id = ?")
        .param(id)
        .query(ReviewStore::campaign)
        .optional();
  }

  /** A campaign's items by system, holder and grant. */
  public List<ReviewItem> items(long campaignId) {
    return jdbc.sql(
            "SELECT "
                + ITEM
                + " FROM review_item WHERE campaign_id = ?"
                + " ORDER BY system_code, holder_id, grant_id")
        .param(campaignId)
        .query(ReviewStore::item)
        .list();
  }

  public Optional<ReviewItem> item(long id) {
    return jdbc.sql("SELECT " + ITEM + " FROM review_item WHERE id = ?")
        .param(id)
        .query(ReviewStore::item)
        .optional();
  }

  /**
   * Records a decision on an undecided item; false when it was already decided, so two people
   * deciding at once cannot both win.
   */
  public boolean decide(long itemId, Decision decision, String reason, String by, Instant at) {
    return jdbc.sql(
                "UPDATE review_item SET decision = ?, reason = ?, decided_by = ?, decided_at = ?"
                    + " WHERE id = ? AND decision IS NULL")
            .params(decision.name(), reason, by, SqlTimes.utc(at), itemId)
            .update()
        == 1;
  }

  /** Per system, in code order: items, confirmed and revoked, with the owner at the start. */
  public List<Progress> progress(long campaignId) {
    return jdbc.sql(
            "SELECT system_code, MAX(system_owner), COUNT(*),"
                + " SUM(CASE WHEN decision = 'CONFIRM' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN decision = 'REVOKE' THEN 1 ELSE 0 END)"
                + " FROM review_item WHERE campaign_id = ? GROUP BY system_code"
                + " ORDER BY system_code")
        .param(campaignId)
        .query(
            (rs, n) ->
                new Progress(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .list();
  }

  /** Opens a task to remove the access of a revoked item; returns its id. */
  public long addTask(long campaignId, long itemId, String grantId, Instant at) {
    long id = jdbc.sql("SELECT NEXTVAL('review_task_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO review_task (id, campaign_id, item_id, grant_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id, campaignId, itemId, grantId, SqlTimes.utc(at))
        .update();
    return id;
  }

  /** A campaign's tasks, open ones first, then by id. */
  public List<RevocationTask> tasks(long campaignId) {
    return jdbc.sql(
            "SELECT "
                + TASK
                + " FROM review_task t JOIN review_item i ON i.id = t.item_id"
                + " WHERE t.campaign_id = ?"
                + " ORDER BY CASE WHEN t.done_at IS NULL THEN 0 ELSE 1 END, t.id")
        .param(campaignId)
        .query(ReviewStore::task)
        .list();
  }

  public Optional<RevocationTask> task(long id) {
    return jdbc.sql(
            "SELECT "
                + TASK
                + " FROM review_task t JOIN review_item i ON i.id = t.item_id"
                + " WHERE t.id = ?")
        .param(id)
        .query(ReviewStore::task)
        .optional();
  }

  /** Marks an open task done; false when it was already done. */
  public boolean completeTask(long id, String by, String note, Instant at) {
    return jdbc.sql(
                "UPDATE review_task SET done_at = ?, done_by = ?, note = ?"
                    + " WHERE id = ? AND done_at IS NULL")
            .params(SqlTimes.utc(at), by, note, id)
            .update()
        == 1;
  }

  /** Closes an open campaign; false when it was already closed. */
  public boolean close(long id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE review_campaign SET closed_at = ?, closed_by = ?"
                    + " WHERE id = ? AND closed_at IS NULL")
            .params(SqlTimes.utc(at), by, id)
            .update()
        == 1;
  }

  private static Campaign campaign(ResultSet rs, int n) throws SQLException {
    return new Campaign(
        rs.getLong(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        SqlTimes.instant(rs, 4),
        rs.getString(5),
        SqlTimes.instant(rs, 6),
        rs.getString(7));
  }

  private static ReviewItem item(ResultSet rs, int n) throws SQLException {
    String categories = rs.getString(7);
    Set<String> set = new TreeSet<>();
    if (!categories.isEmpty()) {
      set.addAll(List.of(categories.split(CATEGORY_SEPARATOR)));
    }
    String decision = rs.getString(13);
    return new ReviewItem(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        set,
        AccessType.valueOf(rs.getString(8)),
        rs.getString(9),
        SqlTimes.instant(rs, 10),
        SqlTimes.instant(rs, 11),
        SqlTimes.instant(rs, 12),
        decision == null ? null : Decision.valueOf(decision),
        rs.getString(14),
        rs.getString(15),
        SqlTimes.instant(rs, 16));
  }

  private static RevocationTask task(ResultSet rs, int n) throws SQLException {
    return new RevocationTask(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        SqlTimes.instant(rs, 7),
        SqlTimes.instant(rs, 8),
        rs.getString(9),
        rs.getString(10));
  }
}
