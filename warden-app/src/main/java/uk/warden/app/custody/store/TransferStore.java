package uk.warden.app.custody.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.Scans;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.Transfer;
import uk.warden.core.custody.TransferMethod;

/** Transfers with their people as serialised bitmaps; append-only. */
@Repository
public class TransferStore {

  private static final String META =
      "id, at, from_system, to_party, to_system, agreement, categories, method, sha256,"
          + " approved_by";
  private static final String INSERT =
      "INSERT INTO transfer ("
          + META
          + ", people, people_count, recorded_at, recorded_by)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int BATCH = 200;

  /** Transfers read per query when building the index: the full load's bitmap alone is 120 KB. */
  private static final int SCAN_PAGE = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public TransferStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public long nextId() {
    return jdbc.sql("SELECT NEXTVAL('transfer_seq')").query(Long.class).single();
  }

  public void insert(Transfer transfer, Instant recordedAt, String recordedBy) {
    insertAll(List.of(transfer), recordedAt, recordedBy);
  }

  /**
   * Inserts transfers that carry their own ids (a generated history) and moves the id sequence past
   * them, so later transfers never collide.
   */
  public void insertAll(List<Transfer> transfers, Instant recordedAt, String recordedBy) {
    for (int from = 0; from < transfers.size(); from += BATCH) {
      List<Transfer> chunk = transfers.subList(from, Math.min(transfers.size(), from + BATCH));
      template.batchUpdate(
          INSERT,
          new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              bind(ps, chunk.get(i), recordedAt, recordedBy);
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          });
    }
  }

  /** After inserting ids chosen elsewhere: the sequence continues after the highest. */
  public void advanceSequence() {
    long next =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM transfer").query(Long.class).single();
    template.execute("ALTER SEQUENCE transfer_seq RESTART WITH " + next);
  }

  private static void bind(PreparedStatement ps, Transfer t, Instant recordedAt, String by)
      throws SQLException {
    ps.setLong(1, t.id());
    ps.setObject(2, SqlTimes.utc(t.at()), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setString(3, t.fromSystem());
    ps.setString(4, t.toParty());
    ps.setString(5, t.toSystem());
    ps.setString(6, t.agreement());
    ps.setString(7, String.join(",", t.categories()));
    ps.setString(8, t.method().name());
    ps.setString(9, t.sha256());
    ps.setString(10, t.approvedBy());
    ps.setBytes(11, t.people().toBytes());
    ps.setInt(12, t.people().size());
    ps.setObject(13, SqlTimes.utc(recordedAt), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setString(14, by);
  }

  /** Every transfer, streamed: the custody index is built from these at start. */
  public void forEach(Consumer<Transfer> sink) {
    Scans.forEachRow(
        template,
        "SELECT " + META + ", people FROM transfer",
        "id",
        SCAN_PAGE,
        rs -> {
          sink.accept(mapTransfer(rs));
        });
  }

  /**
   * Every transfer to these parties, in id order, as {@link #forEach} gives them: what an impact
   * needs of the ledger when only its parties are asked about.
   */
  public void forEachTo(Collection<String> parties, Consumer<Transfer> sink) {
    Scans.forEachIn(
        template,
        "SELECT " + META + ", people FROM transfer",
        "to_party",
        parties,
        "id",
        rs -> {
          sink.accept(mapTransfer(rs));
        });
  }

  /** Parties that ever received or attested anything: the register must keep them. */
  public Set<String> partiesWithHistory() {
    return new TreeSet<>(
        jdbc.sql("SELECT to_party FROM transfer UNION SELECT party FROM deletion")
            .query(String.class)
            .list());
  }

  public List<Long> ids() {
    return jdbc.sql("SELECT id FROM transfer ORDER BY id").query(Long.class).list();
  }

  /** The transfers with these ids, for catching up with another process's writes. */
  public List<Transfer> withIds(Collection<Long> ids) {
    List<Transfer> found = new ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += BATCH) {
      Long[] chunk = all.subList(from, Math.min(all.size(), from + BATCH)).toArray(Long[]::new);
      String marks = String.join(",", Collections.nCopies(chunk.length, "?"));
      template.query(
          "SELECT " + META + ", people FROM transfer WHERE id IN (" + marks + ") ORDER BY id",
          ps -> {
            for (int i = 0; i < chunk.length; i++) {
              ps.setLong(i + 1, chunk[i]);
            }
          },
          rs -> {
            found.add(mapTransfer(rs));
          });
    }
    return found;
  }

  public Page<TransferSummary> page(@Nullable String party, PageRequest request) {
    String where = party == null ? "" : " WHERE to_party = :party";
    JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM transfer" + where);
    JdbcClient.StatementSpec select =
        jdbc.sql(
            "SELECT "
                + META
                + ", people_count, recorded_at, recorded_by FROM transfer"
                + where
                + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset");
    if (party != null) {
      count = count.param("party", party);
      select = select.param("party", party);
    }
    long total = count.query(Long.class).single();
    List<TransferSummary> items =
        select
            .param("limit", request.size())
            .param("offset", request.offset())
            .query((rs, n) -> mapSummary(rs))
            .list();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public Optional<TransferSummary> find(long id) {
    return jdbc.sql(
            "SELECT "
                + META
                + ", people_count, recorded_at, recorded_by FROM transfer WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> mapSummary(rs))
        .optional();
  }

  private static Transfer mapTransfer(ResultSet rs) throws SQLException {
    return new Transfer(
        rs.getLong(1),
        SqlTimes.instant(rs, 2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        categories(rs.getString(7)),
        PersonSet.fromBytes(rs.getBytes(11)),
        TransferMethod.valueOf(rs.getString(8)),
        rs.getString(9),
        rs.getString(10));
  }

  private static TransferSummary mapSummary(ResultSet rs) throws SQLException {
    return new TransferSummary(
        rs.getLong(1),
        SqlTimes.instant(rs, 2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        categories(rs.getString(7)),
        rs.getInt(11),
        TransferMethod.valueOf(rs.getString(8)),
        rs.getString(9),
        rs.getString(10),
        SqlTimes.instant(rs, 12),
        rs.getString(13));
  }

  private static Set<String> categories(String text) {
    return new TreeSet<>(Arrays.asList(text.split(",")));
  }
}
