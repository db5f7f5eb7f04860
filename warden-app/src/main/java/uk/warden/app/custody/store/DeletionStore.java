package uk.warden.app.custody.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.custody.DeletionSummary;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.Scans;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;

/** Deletion attestations; append-only. */
@Repository
public class DeletionStore {

  private static final String ALL = "ALL";
  private static final String TRANSFER = "TRANSFER";
  private static final String PEOPLE = "PEOPLE";
  private static final String COLUMNS = "id, party, at, scope, transfer_id, people, evidence";
  private static final String INSERT =
      "INSERT INTO deletion ("
          + COLUMNS
          + ", people_count, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final int SCAN_PAGE = 5_000;

  private static final String SUMMARY =
      "SELECT id, party, at, scope, transfer_id, people_count, evidence, recorded_at, recorded_by"
          + " FROM deletion";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public DeletionStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public long nextId() {
    return jdbc.sql("SELECT NEXTVAL('deletion_seq')").query(Long.class).single();
  }

  public void insert(Deletion deletion, Instant recordedAt, String recordedBy) {
    insertAll(List.of(deletion), recordedAt, recordedBy);
  }

  public void insertAll(List<Deletion> deletions, Instant recordedAt, String recordedBy) {
    template.batchUpdate(
        INSERT,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            bind(ps, deletions.get(i), recordedAt, recordedBy);
          }

          @Override
          public int getBatchSize() {
            return deletions.size();
          }
        });
  }

  /** After inserting ids chosen elsewhere: the sequence continues after the highest. */
  public void advanceSequence() {
    long next =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM deletion").query(Long.class).single();
    template.execute("ALTER SEQUENCE deletion_seq RESTART WITH " + next);
  }

  private static void bind(PreparedStatement ps, Deletion d, Instant recordedAt, String by)
      throws SQLException {
    ps.setLong(1, d.id());
    ps.setString(2, d.party());
    ps.setObject(3, SqlTimes.utc(d.at()), Types.TIMESTAMP_WITH_TIMEZONE);
    Long transferId = null;
    PersonSet people = null;
    String scope = ALL;
    if (d.scope() instanceof DeletionScope.OneTransfer one) {
      scope = TRANSFER;
      transferId = one.transferId();
    } else if (d.scope() instanceof DeletionScope.People named) {
      scope = PEOPLE;
      people = named.people();
    }
    ps.setString(4, scope);
    ps.setObject(5, transferId, Types.BIGINT);
    ps.setBytes(6, people == null ? null : people.toBytes());
    ps.setString(7, d.evidence());
    ps.setObject(8, people == null ? null : people.size(), Types.INTEGER);
    ps.setObject(9, SqlTimes.utc(recordedAt), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setString(10, by);
  }

  public void forEach(Consumer<Deletion> sink) {
    Scans.forEachRow(
        template,
        "SELECT " + COLUMNS + " FROM deletion",
        "id",
        SCAN_PAGE,
        rs -> {
          sink.accept(map(rs));
        });
  }

  /** Every deletion these parties attested, in id order, as {@link #forEach} gives them. */
  public void forEachBy(Collection<String> parties, Consumer<Deletion> sink) {
    Scans.forEachIn(
        template,
        "SELECT " + COLUMNS + " FROM deletion",
        "party",
        parties,
        "id",
        rs -> {
          sink.accept(map(rs));
        });
  }

  /** Every deletion whose id is not in {@code known}: another process's writes. */
  public List<Deletion> except(Set<Long> known) {
    List<Deletion> found = new ArrayList<>();
    Set<Long> seen = new HashSet<>(known);
    forEach(
        deletion -> {
          if (!seen.contains(deletion.id())) {
            found.add(deletion);
          }
        });
    return found;
  }

  public Page<DeletionSummary> page(@Nullable String party, PageRequest request) {
    String where = party == null ? "" : " WHERE party = :party";
    JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM deletion" + where);
    JdbcClient.StatementSpec select =
        jdbc.sql(SUMMARY + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset");
    if (party != null) {
      count = count.param("party", party);
      select = select.param("party", party);
    }
    long total = count.query(Long.class).single();
    List<DeletionSummary> items =
        select
            .param("limit", request.size())
            .param("offset", request.offset())
            .query((rs, n) -> summary(rs))
            .list();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public Optional<DeletionSummary> find(long id) {
    return jdbc.sql(SUMMARY + " WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> summary(rs))
        .optional();
  }

  private static DeletionSummary summary(ResultSet rs) throws SQLException {
    return new DeletionSummary(
        rs.getLong(1),
        rs.getString(2),
        SqlTimes.instant(rs, 3),
        rs.getString(4),
        rs.getObject(5, Long.class),
        rs.getObject(6, Integer.class),
        rs.getString(7),
        SqlTimes.instant(rs, 8),
        rs.getString(9));
  }

  private static Deletion map(ResultSet rs) throws SQLException {
    DeletionScope scope =
        switch (rs.getString(4)) {
          case TRANSFER -> new DeletionScope.OneTransfer(rs.getLong(5));
          case PEOPLE -> new DeletionScope.People(PersonSet.fromBytes(rs.getBytes(6)));
          default -> new DeletionScope.All();
        };
    return new Deletion(
        rs.getLong(1), rs.getString(2), SqlTimes.instant(rs, 3), scope, rs.getString(7));
  }
}
