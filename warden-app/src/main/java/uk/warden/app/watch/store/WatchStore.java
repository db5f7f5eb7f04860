package uk.warden.app.watch.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.SqlTimes;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.FindingStatus;
import uk.warden.app.watch.SnapshotSource;
import uk.warden.app.watch.WatchFinding;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.LossFinding;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.LossShape;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.alert.Delivery;

/** Volume snapshots, explanations with their manifests, findings and alert deliveries. */
@Repository
public class WatchStore {

  private static final String FINDING =
      "id, system_code, first_day, last_day, objects, fraction, shape, severity, migration_id,"
          + " found_at, status, incident_id";
  private static final String EXPLANATION =
      "id, system_code, reason, first_day, last_day, objects, reference, before_entries,"
          + " after_entries, recorded_by, recorded_at";
  private static final int BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public WatchStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A snapshot to keep: the day's figure for one system. */
  public record Row(
      String system,
      LocalDate day,
      Instant takenAt,
      long objects,
      long bytes,
      Map<String, Long> parts,
      SnapshotSource source) {}

  /** The latest count of a system. */
  public record Latest(String system, LocalDate day, long objects, long bytes) {}

  /** A manifest as kept: gzip TSV and how many entries it holds. */
  public record StoredManifest(byte[] gzipTsv, int entries) {}

  /** Replaces each system's figure for the day, with its parts. */
  public void put(List<Row> rows, String recordedBy, Instant recordedAt) {
    List<Object[]> keys = rows.stream().map(r -> new Object[] {r.system(), day(r.day())}).toList();
    batch("DELETE FROM volume_part WHERE system_code = ? AND counted_on = ?", keys);
    batch("DELETE FROM volume_snapshot WHERE system_code = ? AND counted_on = ?", keys);
    Object at = SqlTimes.utc(recordedAt);
    batch(
        "INSERT INTO volume_snapshot (system_code, counted_on, taken_at, objects, bytes, source, recorded_at,"
            + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.stream()
            .map(
                r ->
                    new Object[] {
                      r.system(),
                      day(r.day()),
                      SqlTimes.utc(r.takenAt()),
                      r.objects(),
                      r.bytes(),
                      r.source().name(),
                      at,
                      recordedBy
                    })
            .toList());
    List<Object[]> parts = new ArrayList<>();
    for (Row r : rows) {
      r.parts()
          .forEach(
              (part, objects) -> parts.add(new Object[] {r.system(), day(r.day()), part, objects}));
    }
    batch(
        "INSERT INTO volume_part (system_code, counted_on, part, objects) VALUES (?, ?, ?, ?)",
        parts);
  }

  /** A system's series in day order. */
  public List<VolumeSnapshot> series(String system) {
    return jdbc.sql(
            "SELECT counted_on, objects, bytes FROM volume_snapshot WHERE system_code = :system ORDER BY counted_on")
        .param("system", system)
        .query(
            (rs, n) ->
                new VolumeSnapshot(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)))
        .list();
  }

  /** A system's parts on one day, largest first. */
  public List<Map.Entry<String, Long>> parts(String system, LocalDate day) {
    return jdbc.sql(
            "SELECT part, objects FROM volume_part WHERE system_code = :system AND counted_on = :day"
                + " ORDER BY objects DESC, part")
        .param("system", system)
        .param("day", day(day))
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** Each watched system's latest count. */
  public List<Latest> latest() {
    return jdbc.sql(
            "SELECT s.system_code, s.counted_on, s.objects, s.bytes FROM volume_snapshot s JOIN (SELECT"
                + " system_code, MAX(counted_on) AS counted_on FROM volume_snapshot GROUP BY system_code) m ON s.system_code ="
                + " m.system_code AND s.counted_on = m.counted_on ORDER BY s.system_code")
        .query(
            (rs, n) ->
                new Latest(
                    rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getLong(4)))
        .list();
  }

  /** A system's count on a day, if it was counted then. */
  public Optional<Long> objectsOn(String system, LocalDate day) {
    return jdbc.sql(
            "SELECT objects FROM volume_snapshot WHERE system_code = :system AND counted_on = :day")
        .param("system", system)
        .param("day", day(day))
        .query(Long.class)
        .optional();
  }

  public long insertExplanation(
      String system,
      ExpectedChange.Reason reason,
      LocalDate firstDay,
      @Nullable LocalDate lastDay,
      long objects,
      String reference,
      @Nullable StoredManifest before,
      String recordedBy,
      Instant recordedAt) {
    long id = jdbc.sql("SELECT NEXTVAL('expected_change_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO expected_change (id, system_code, reason, first_day, last_day, objects,"
                + " reference, before_manifest, before_entries, recorded_at, recorded_by) VALUES"
                + " (:id, :system, :reason, :first, :last, :objects, :reference, :before,"
                + " :entries, :at, :by)")
        .param("id", id)
        .param("system", system)
        .param("reason", reason.name())
        .param("first", day(firstDay))
        .param("last", lastDay == null ? null : day(lastDay))
        .param("objects", objects)
        .param("reference", reference)
        .param("before", before == null ? null : before.gzipTsv())
        .param("entries", before == null ? null : before.entries())
        .param("at", SqlTimes.utc(recordedAt))
        .param("by", recordedBy)
        .update();
    return id;
  }

  public void setAfterManifest(long id, StoredManifest after, @Nullable LocalDate lastDay) {
    jdbc.sql(
            "UPDATE expected_change SET after_manifest = :after, after_entries = :entries,"
                + " last_day = COALESCE(last_day, :last) WHERE id = :id")
        .param("after", after.gzipTsv())
        .param("entries", after.entries())
        .param("last", lastDay == null ? null : day(lastDay))
        .param("id", id)
        .update();
  }

  /** A system's explanations, oldest first. */
  public List<Explanation> explanations(String system) {
    return jdbc.sql(
            "SELECT "
                + EXPLANATION
                + " FROM expected_change WHERE system_code = :system ORDER BY first_day, id")
        .param("system", system)
        .query((rs, n) -> explanation(rs))
        .list();
  }

  public Optional<Explanation> explanation(long id) {
    return jdbc.sql("SELECT " + EXPLANATION + " FROM expected_change WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> explanation(rs))
        .optional();
  }

  /** A migration's before- and after-manifests, where recorded. */
  public record Manifests(byte @Nullable [] before, byte @Nullable [] after) {}

  public Manifests manifests(long id) {
    return jdbc.sql("SELECT before_manifest, after_manifest FROM expected_change WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> new Manifests(rs.getBytes(1), rs.getBytes(2)))
        .single();
  }

  /** A system's findings, newest loss first. */
  public List<WatchFinding> findings(String system) {
    return jdbc.sql(
            "SELECT "
                + FINDING
                + " FROM watch_finding WHERE system_code = :system ORDER BY first_day DESC")
        .param("system", system)
        .query((rs, n) -> finding(rs))
        .list();
  }

  /** Findings in one status across all systems, newest loss first. */
  public List<WatchFinding> findings(FindingStatus status) {
    return jdbc.sql(
            "SELECT "
                + FINDING
                + " FROM watch_finding WHERE status = :status ORDER BY first_day DESC, system_code")
        .param("status", status.name())
        .query((rs, n) -> finding(rs))
        .list();
  }

  public Optional<WatchFinding> finding(long id) {
    return jdbc.sql("SELECT " + FINDING + " FROM watch_finding WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> finding(rs))
        .optional();
  }

  public long insertFinding(
      String system, LossFinding loss, @Nullable Long migrationId, Instant foundAt) {
    long id = jdbc.sql("SELECT NEXTVAL('watch_finding_seq')").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO watch_finding ("
                + FINDING
                + ") VALUES (:id, :system, :first, :last, :objects, :fraction, :shape, :severity,"
                + " :migration, :at, 'OPEN', NULL)")
        .param("id", id)
        .param("system", system)
        .param("first", day(loss.from()))
        .param("last", day(loss.to()))
        .param("objects", loss.objects())
        .param("fraction", loss.fraction())
        .param("shape", loss.shape().name())
        .param("severity", loss.severity().name())
        .param("migration", migrationId)
        .param("at", SqlTimes.utc(foundAt))
        .update();
    return id;
  }

  /** A later snapshot moved the loss's end or size; an explained finding is open again. */
  public void refineFinding(long id, LossFinding loss, @Nullable Long migrationId) {
    jdbc.sql(
            "UPDATE watch_finding SET last_day = :last, objects = :objects, fraction = :fraction,"
                + " shape = :shape, severity = :severity, migration_id = :migration, status ="
                + " CASE WHEN status = 'EXPLAINED' THEN 'OPEN' ELSE status END WHERE id = :id")
        .param("last", day(loss.to()))
        .param("objects", loss.objects())
        .param("fraction", loss.fraction())
        .param("shape", loss.shape().name())
        .param("severity", loss.severity().name())
        .param("migration", migrationId)
        .param("id", id)
        .update();
  }

  public void setStatus(long id, FindingStatus status, @Nullable String incidentId) {
    jdbc.sql("UPDATE watch_finding SET status = :status, incident_id = :incident WHERE id = :id")
        .param("status", status.name())
        .param("incident", incidentId)
        .param("id", id)
        .update();
  }

  public void insertDelivery(long findingId, Delivery delivery) {
    jdbc.sql(
            "INSERT INTO alert_delivery (id, finding_id, channel, attempts, delivered,"
                + " finished_at, last_error) VALUES (NEXTVAL('alert_delivery_seq'), :finding,"
                + " :channel, :attempts, :delivered, :at, :error)")
        .param("finding", findingId)
        .param("channel", delivery.channel())
        .param("attempts", delivery.attempts())
        .param("delivered", delivery.delivered())
        .param("at", SqlTimes.utc(delivery.finishedAt()))
        .param("error", delivery.lastError())
        .update();
  }

  public List<Delivery> deliveries(long findingId) {
    return jdbc.sql(
            "SELECT channel, attempts, delivered, finished_at, last_error FROM alert_delivery"
                + " WHERE finding_id = :finding ORDER BY id")
        .param("finding", findingId)
        .query(
            (rs, n) ->
                new Delivery(
                    Long.toString(findingId),
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getBoolean(3),
                    SqlTimes.instant(rs, 4),
                    rs.getString(5)))
        .list();
  }

  private void batch(String sql, List<Object[]> rows) {
    template.batchUpdate(
        sql,
        rows,
        BATCH,
        (statement, row) -> {
          for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
          }
        });
  }

  private static Date day(LocalDate day) {
    return Date.valueOf(day);
  }

  private static @Nullable LocalDate optionalDay(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static @Nullable Integer optionalInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Explanation explanation(ResultSet rs) throws SQLException {
    return new Explanation(
        rs.getLong(1),
        rs.getString(2),
        ExpectedChange.Reason.valueOf(rs.getString(3)),
        rs.getDate(4).toLocalDate(),
        optionalDay(rs, 5),
        rs.getLong(6),
        rs.getString(7),
        optionalInt(rs, 8),
        optionalInt(rs, 9),
        rs.getString(10),
        SqlTimes.instant(rs, 11));
  }

  private static WatchFinding finding(ResultSet rs) throws SQLException {
    long migration = rs.getLong(9);
    Long migrationId = rs.wasNull() ? null : migration;
    return new WatchFinding(
        rs.getLong(1),
        rs.getString(2),
        rs.getDate(3).toLocalDate(),
        rs.getDate(4).toLocalDate(),
        rs.getLong(5),
        rs.getDouble(6),
        LossShape.valueOf(rs.getString(7)),
        LossSeverity.valueOf(rs.getString(8)),
        migrationId,
        SqlTimes.instant(rs, 10),
        FindingStatus.valueOf(rs.getString(11)),
        rs.getString(12));
  }
}
