package uk.warden.app.access.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.warden.app.access.store.AccessStore.LastUse;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.access.ingest.EventSink;

/**
 * Counts one file's events, each only if its fingerprint is new, into the daily volumes and last
 * uses: the second ingest of a file finds every fingerprint kept and counts nothing. Not
 * thread-safe; lives for one ingest inside one transaction.
 */
public final class EventWriter implements EventSink {

  private final JdbcTemplate template;
  private final FingerprintHours fingerprints;
  private final AccessVolumes.Builder volumes;
  private final Map<UseKey, Instant> lastUses = new HashMap<>();
  private long added;

  EventWriter(JdbcTemplate template, long ingestId, ZoneId zone) {
    this(template, ingestId, zone, FingerprintHours.MAX_HELD);
  }

  EventWriter(JdbcTemplate template, long ingestId, ZoneId zone, int maxHeld) {
    this.template = template;
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
   * Adds this ingest's volumes to each system's day: a day already kept is read, added to and
   * written back; a new one is inserted.
   */
  private void writeVolumes() {
    Map<SystemDay, DayVolumes> days = new TreeMap<>();
    volumes
        .build()
        .forEach(
            cell ->
                days.computeIfAbsent(
                        new SystemDay(cell.systemCode(), cell.day()), k -> new DayVolumes())
                    .add(cell.principalId(), cell.recordsRead(), cell.events()));
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    for (Map.Entry<SystemDay, DayVolumes> entry : days.entrySet()) {
      SystemDay key = entry.getKey();
      DayVolumes day = entry.getValue();
      List<byte[]> kept =
          template.query(
              "SELECT packed FROM access_volume WHERE system_code = ? AND used_on = ?",
              (rs, n) -> rs.getBytes(1),
              key.system(),
              key.day());
      if (kept.isEmpty()) {
        inserts.add(new Object[] {day.principals(), day.pack(), key.system(), key.day()});
      } else {
        DayVolumes merged = DayVolumes.unpack(kept.get(0));
        day.cells().forEach((principal, cell) -> merged.add(principal, cell[0], cell[1]));
        updates.add(new Object[] {merged.principals(), merged.pack(), key.system(), key.day()});
      }
    }
    template.batchUpdate(
        "UPDATE access_volume SET principals = ?, packed = ? WHERE system_code = ? AND used_on = ?",
        updates);
    template.batchUpdate(
        "INSERT INTO access_volume (principals, packed, system_code, used_on) VALUES (?, ?, ?, ?)",
        inserts);
  }

  private record SystemDay(String system, LocalDate day) implements Comparable<SystemDay> {
    @Override
    public int compareTo(SystemDay other) {
      int bySystem = system.compareTo(other.system);
      return bySystem != 0 ? bySystem : day.compareTo(other.day);
    }
  }
}
