package uk.warden.app.access.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.warden.app.access.store.AccessStore.LastUse;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.DailyVolume;
import uk.warden.core.access.ingest.EventSink;

/**
 * Counts one file's events, each only if its fingerprint is new, into the daily volumes and last
 * uses: the second ingest of a file finds every fingerprint kept and counts nothing. Not
 * thread-safe; lives for one ingest inside one transaction.
 */
public final class EventWriter implements EventSink {

  private final JdbcTemplate template;
  private final long ingestId;
  private final ZoneId zone;
  private final FingerprintHours fingerprints;
  private final AccessVolumes.Builder volumes;
  private final Map<UseKey, Instant> lastUses = new HashMap<>();
  private long added;

  EventWriter(JdbcTemplate template, long ingestId, ZoneId zone) {
    this(template, ingestId, zone, FingerprintHours.MAX_HELD);
  }

  EventWriter(JdbcTemplate template, long ingestId, ZoneId zone, int maxHeld) {
    this.template = template;
    this.ingestId = ingestId;
    this.zone = zone;
    this.fingerprints = new FingerprintHours(template, ingestId, maxHeld);
    this.volumes = AccessVolumes.builder(zone);
  }

  private record UseKey(String principal, String system) {}

  @Override
  public void accept(AccessEvent event, String fingerprint, int line) {
    if (fingerprints.add(event.at(), fingerprint)) {
      added++;
      volumes.add(event);
      lastUses.merge(
          new UseKey(event.principalId(), event.systemCode()),
          event.at(),
          (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /** Writes the fingerprints, the volumes and the last uses; returns how many events were new. */
  public long finish(AccessStore directory) {
    fingerprints.finish();
    writeVolumes();
    directory.markUsed(
        lastUses.entrySet().stream()
            .map(e -> new LastUse(e.getKey().principal(), e.getKey().system(), e.getValue()))
            .toList());
    return added;
  }

  /**
   * Adds to the cells already kept, then inserts the rest. Only days on which an earlier ingest
   * kept events can have cells already, so only their cells are tried as updates: a log of new
   * days, the usual case, is inserted straight away.
   */
  private void writeVolumes() {
    List<DailyVolume> cells = new ArrayList<>();
    volumes.build().forEach(cells::add);
    if (cells.isEmpty()) {
      return;
    }
    // In key order, each write lands beside the one before instead of anywhere in the index.
    cells.sort(
        Comparator.comparing(DailyVolume::principalId)
            .thenComparing(DailyVolume::systemCode)
            .thenComparing(DailyVolume::day));
    Set<LocalDate> earlier = daysWithEarlierEvents(cells);
    List<DailyVolume> maybeKept = cells.stream().filter(c -> earlier.contains(c.day())).toList();
    int[] updated =
        template.batchUpdate(
            "UPDATE access_volume SET records_read = records_read + ?, events = events + ?"
                + " WHERE principal_id = ? AND system_code = ? AND used_on = ?",
            maybeKept.stream().map(EventWriter::volumeRow).toList());
    List<Object[]> inserts = new ArrayList<>();
    for (int i = 0; i < maybeKept.size(); i++) {
      if (updated[i] == 0) {
        inserts.add(volumeRow(maybeKept.get(i)));
      }
    }
    cells.stream().filter(c -> !earlier.contains(c.day())).forEach(c -> inserts.add(volumeRow(c)));
    template.batchUpdate(
        "INSERT INTO access_volume (records_read, events, principal_id, system_code, used_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        inserts);
  }

  private Set<LocalDate> daysWithEarlierEvents(List<DailyVolume> cells) {
    LocalDate first = cells.get(0).day();
    LocalDate last = first;
    for (DailyVolume cell : cells) {
      first = cell.day().isBefore(first) ? cell.day() : first;
      last = cell.day().isAfter(last) ? cell.day() : last;
    }
    Set<LocalDate> days = new HashSet<>();
    template.query(
        "SELECT DISTINCT hour_start FROM access_event_hour WHERE ingest_id <> ?"
            + " AND hour_start >= ? AND hour_start < ?",
        rs -> {
          days.add(LocalDate.ofInstant(SqlTimes.instant(rs, 1), zone));
        },
        ingestId,
        SqlTimes.utc(first.atStartOfDay(zone).toInstant()),
        SqlTimes.utc(last.plusDays(1).atStartOfDay(zone).toInstant()));
    return days;
  }

  private static Object[] volumeRow(DailyVolume cell) {
    return new Object[] {
      cell.recordsRead(), cell.events(), cell.principalId(), cell.systemCode(), cell.day()
    };
  }
}
