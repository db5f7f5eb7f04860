package uk.warden.app.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.audit.AuditFilter;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.audit.AuditEntry;
import uk.warden.core.audit.AuditEvent;
import uk.warden.core.audit.ChainHead;
import uk.warden.core.audit.Outcome;

/** The chained entries and their head. Entries are inserted, never updated or deleted. */
@Repository
public class AuditStore {

  private static final String COLUMNS =
      "seq, at, actor, actor_role, operation, action, records, record_count, recipients, channel,"
          + " source, reason, outcome, prev_hash, hash";

  /** Rows read at a time while streaming the whole chain, so a verification's memory is flat. */
  private static final int FETCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  public AuditStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    // A template of its own: the fetch size would otherwise change every query in Warden.
    this.streaming = new JdbcTemplate(template.getDataSource());
    streaming.setFetchSize(FETCH);
  }

  /** The head, locked to the end of the caller's transaction: appends take turns. */
  public ChainHead lockHead() {
    return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .single();
  }

  public ChainHead head() {
    return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
        .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .single();
  }

  /** Adds the entry after the locked head and moves the head to it. */
  public void append(AuditEntry entry) {
    AuditEvent e = entry.event();
    jdbc.sql(
            "INSERT INTO audit_entry ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            entry.seq(),
            SqlTimes.utc(e.at()),
            e.actor(),
            e.role(),
            e.operation() == null ? null : e.operation().name(),
            e.action(),
            String.join(" ", e.records()),
            e.recordCount(),
            String.join(" ", e.recipients()),
            e.channel() == null ? null : e.channel().name(),
            e.source(),
            e.reason(),
            e.outcome().name(),
            entry.prevHash(),
            entry.hash())
        .update();
    jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")
        .params(entry.seq(), entry.hash())
        .update();
  }

  /**
   * Entries after {@code afterSeq} in position order, streamed, for as long as {@code more} says to
   * go on.
   */
  public void forEachWhile(long afterSeq, Predicate<AuditEntry> more) {
    streaming.query(
        "SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq",
        (ResultSetExtractor<@Nullable Void>)
            rs -> {
              while (rs.next() && more.test(entry(rs))) {
                // the predicate does the work
              }
              return null;
            },
        afterSeq);
  }

  public boolean hashStored(String hash) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE hash = ?")
            .param(hash)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Entries matching the filter, newest first. */
  public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.actor() != null) {
      where.append(" AND actor = ?");
      params.add(filter.actor());
    }
    if (filter.operation() != null) {
      where.append(" AND operation = ?");
      params.add(filter.operation().name());
    }
    if (filter.action() != null) {
      where.append(" AND action LIKE ? ESCAPE '\\'");
      params.add(like(filter.action()) + "%");
    }
    if (filter.record() != null) {
      // records is a space-separated list: pad both so a reference matches whole, not a prefix.
      where.append(" AND CONCAT(' ', records, ' ') LIKE ? ESCAPE '\\'");
      params.add("% " + like(filter.record()) + " %");
    }
    if (filter.from() != null) {
      where.append(" AND at >= ?");
      params.add(SqlTimes.utc(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" AND at < ?");
      params.add(SqlTimes.utc(filter.to()));
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<AuditEntry> items =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM audit_entry"
                    + where
                    + " ORDER BY seq DESC LIMIT ? OFFSET ?")
            .params(pageParams)
            .query((rs, n) -> entry(rs))
            .list();
    return new Page<>(items, page.page(), page.size(), total);
  }

  private static String like(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    String operation = rs.getString(5);
    String channel = rs.getString(10);
    AuditEvent event =
        new AuditEvent(
            SqlTimes.instant(rs, 2),
            rs.getString(3),
            rs.getString(4),
            operation == null ? null : Operation.valueOf(operation),
            rs.getString(6),
            words(rs.getString(7)),
            rs.getLong(8),
            words(rs.getString(9)),
            channel == null ? null : Channel.valueOf(channel),
            rs.getString(11),
            rs.getString(12),
            Outcome.valueOf(rs.getString(13)));
    return new AuditEntry(rs.getLong(1), event, rs.getString(14), rs.getString(15));
  }

  private static List<String> words(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
  }
}
