package uk.warden.app.access.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.warden.app.access.store.AccessStore.LastUse;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.ingest.EventSink;

/**
 * Writes one file's events in batches, each only if its fingerprint is new, and adds only the new
 * ones to the daily volumes and last uses: the second ingest of a file finds every fingerprint
 * present and counts nothing. Not thread-safe; lives for one ingest inside one transaction.
 */
public final class EventWriter implements EventSink {

  private static final int BATCH = 1_000;
  private static final String INSERT =
      "INSERT INTO access_event (fingerprint, occurred_at, principal_id, system_code, operation,"
          + " records, recipients, justification, event_id, channel, ingest_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcTemplate template;
  private final long ingestId;
  private final ZoneId zone;
  private final List<AccessEvent> events = new ArrayList<>(BATCH);
  private final List<byte[]> fingerprints = new ArrayList<>(BATCH);
  private final Map<VolumeKey, long[]> volumes = new HashMap<>();
  private final Map<UseKey, Instant> lastUses = new HashMap<>();
  private long added;

  EventWriter(JdbcTemplate template, long ingestId, ZoneId zone) {
    this.template = template;
    this.ingestId = ingestId;
    this.zone = zone;
  }

  private record VolumeKey(String principal, String system, LocalDate day) {}

  private record UseKey(String principal, String system) {}

  @Override
  public void accept(AccessEvent event, String fingerprint, int line) {
    events.add(event);
    fingerprints.add(HexFormat.of().parseHex(fingerprint));
    if (events.size() == BATCH) {
      flush();
    }
  }

  /** Writes what is buffered, then the volumes; returns how many events were new. */
  public long finish(AccessStore directory) {
    flush();
    writeVolumes();
    directory.markUsed(
        lastUses.entrySet().stream()
            .map(e -> new LastUse(e.getKey().principal(), e.getKey().system(), e.getValue()))
            .toList());
    return added;
  }

  /**
   * Asks the store which of the batch's fingerprints it holds, then inserts the rest once each: a
   * plain batched insert is the fastest write on both databases, and a batch's own repeats are
   * caught by the set.
   */
  private void flush() {
    if (events.isEmpty()) {
      return;
    }
    Set<ByteBuffer> seen = present();
    List<Integer> fresh = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      if (seen.add(ByteBuffer.wrap(fingerprints.get(i)))) {
        fresh.add(i);
        count(events.get(i));
      }
    }
    template.batchUpdate(
        INSERT,
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            bind(ps, fresh.get(i));
          }

          @Override
          public int getBatchSize() {
            return fresh.size();
          }
        });
    events.clear();
    fingerprints.clear();
  }

  private Set<ByteBuffer> present() {
    String sql =
        "SELECT fingerprint FROM access_event WHERE fingerprint IN ("
            + String.join(", ", Collections.nCopies(fingerprints.size(), "?"))
            + ")";
    Set<ByteBuffer> present = new HashSet<>();
    template.query(
        sql,
        ps -> {
          for (int i = 0; i < fingerprints.size(); i++) {
            ps.setBytes(i + 1, fingerprints.get(i));
          }
        },
        rs -> {
          present.add(ByteBuffer.wrap(rs.getBytes(1)));
        });
    return present;
  }

  private void bind(PreparedStatement ps, int i) throws SQLException {
    AccessEvent e = events.get(i);
    byte[] fingerprint = fingerprints.get(i);
    ps.setBytes(1, fingerprint);
    ps.setObject(2, SqlTimes.utc(e.at()));
    ps.setString(3, e.principalId());
    ps.setString(4, e.systemCode());
    ps.setString(5, e.operation().name());
    ps.setLong(6, e.records());
    ps.setString(7, e.recipients().isEmpty() ? null : String.join("\n", e.recipients()));
    ps.setString(8, e.justification());
    ps.setString(9, e.eventId());
    ps.setString(10, e.channel() == null ? null : e.channel().name());
    ps.setLong(11, ingestId);
  }

  private void count(AccessEvent event) {
    added++;
    long[] cell =
        volumes.computeIfAbsent(
            new VolumeKey(
                event.principalId(), event.systemCode(), LocalDate.ofInstant(event.at(), zone)),
            k -> new long[2]);
    cell[0] += event.operation().reads() ? event.records() : 0;
    cell[1]++;
    lastUses.merge(
        new UseKey(event.principalId(), event.systemCode()),
        event.at(),
        (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Adds to existing cells, then inserts the cells that had none. */
  private void writeVolumes() {
    List<Map.Entry<VolumeKey, long[]>> cells = new ArrayList<>(volumes.entrySet());
    int[] updated =
        template.batchUpdate(
            "UPDATE access_volume SET records_read = records_read + ?, events = events + ?"
                + " WHERE principal_id = ? AND system_code = ? AND used_on = ?",
            cells.stream().map(EventWriter::volumeRow).toList());
    List<Object[]> inserts = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (updated[i] == 0) {
        inserts.add(volumeRow(cells.get(i)));
      }
    }
    template.batchUpdate(
        "INSERT INTO access_volume (records_read, events, principal_id, system_code, used_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        inserts);
  }

  private static Object[] volumeRow(Map.Entry<VolumeKey, long[]> cell) {
    VolumeKey key = cell.getKey();
    return new Object[] {
      cell.getValue()[0], (int) cell.getValue()[1], key.principal(), key.system(), key.day()
    };
  }
}
