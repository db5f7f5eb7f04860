package uk.warden.app.access.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.warden.app.platform.SqlTimes;

/**
 * The fingerprints of the events kept, by the hour the events happened in: one row per hour and
 * ingest holds that hour's new fingerprints packed together (the first 128 bits of each SHA-256,
 * big-endian), so a million events make a few thousand rows, not a million. A row per event was
 * what the embedded store could not write faster than 40,000 a second.
 *
 * <p>An hour is read from the store the first time an ingest meets it and kept while the ingest is
 * in it; logs run in time order, so few hours are open at once, and when too many fingerprints are
 * held the hour met longest ago is written out and let go (met again, it is read again, with what
 * this ingest wrote). Not thread-safe; lives for one ingest inside its transaction.
 */
final class FingerprintHours {

  /** Fingerprints held in memory at most before hours are written out: about 64 MB. */
  static final int MAX_HELD = 1_000_000;

  private static final int BYTES = 16;
  private static final long SECONDS_PER_HOUR = 3_600;

  private final JdbcTemplate template;
  private final long ingestId;
  private final int maxHeld;
  private final LinkedHashMap<Long, Hour> open = new LinkedHashMap<>(16, 0.75f, true);
  private long held;

  FingerprintHours(JdbcTemplate template, long ingestId, int maxHeld) {
    this.template = template;
    this.ingestId = ingestId;
    this.maxHeld = maxHeld;
  }

  /** A fingerprint as kept: the first 128 bits of the SHA-256. */
  record Print(long high, long low) {
    static Print ofHex(String sha256) {
      return new Print(
          Long.parseUnsignedLong(sha256, 0, 16, 16), Long.parseUnsignedLong(sha256, 16, 32, 16));
    }

    @Override
    public int hashCode() {
      return (int) (low ^ (low >>> 32));
    }
  }

  private static final class Hour {
    final Set<Print> known = new HashSet<>();
    final ByteBuffer fresh = ByteBuffer.allocate(0);
    ByteBuffer added = fresh;
  }

  /** True if the event is new: its fingerprint was not kept, and now is. */
  boolean add(Instant at, String sha256) {
    long hour = Math.floorDiv(at.getEpochSecond(), SECONDS_PER_HOUR);
    Hour open = this.open.get(hour);
    if (open == null) {
      open = read(hour);
      this.open.put(hour, open);
    }
    Print print = Print.ofHex(sha256);
    if (!open.known.add(print)) {
      return false;
    }
    held++;
    if (open.added.remaining() < BYTES) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(64 * BYTES, open.added.capacity() * 2));
      open.added.flip();
      bigger.put(open.added);
      open.added = bigger;
    }
    open.added.putLong(print.high()).putLong(print.low());
    if (held > maxHeld) {
      evictEldest();
    }
    return true;
  }

  /** Writes every open hour's new fingerprints. */
  void finish() {
    for (Map.Entry<Long, Hour> entry : open.entrySet()) {
      write(entry.getKey(), entry.getValue());
    }
    open.clear();
    held = 0;
  }

  private void evictEldest() {
    Iterator<Map.Entry<Long, Hour>> eldest = open.entrySet().iterator();
    while (held > maxHeld / 2 && eldest.hasNext()) {
      Map.Entry<Long, Hour> entry = eldest.next();
      write(entry.getKey(), entry.getValue());
      held -= entry.getValue().known.size();
      eldest.remove();
    }
  }

  private Hour read(long hour) {
    Hour read = new Hour();
    template.query(
        "SELECT fingerprints FROM access_event_hour WHERE hour_start = ?",
        rs -> {
          ByteBuffer packed = ByteBuffer.wrap(rs.getBytes(1));
          while (packed.remaining() >= BYTES) {
            read.known.add(new Print(packed.getLong(), packed.getLong()));
          }
        },
        SqlTimes.utc(start(hour)));
    held += read.known.size();
    return read;
  }

  private void write(long hour, Hour open) {
    int count = open.added.position() / BYTES;
    if (count == 0) {
      return;
    }
    byte[] packed = new byte[open.added.position()];
    open.added.flip();
    open.added.get(packed);
    open.added = open.fresh;
    template.update(
        "INSERT INTO access_event_hour (hour_start, events, fingerprints, ingest_id)"
            + " VALUES (?, ?, ?, ?)",
        SqlTimes.utc(start(hour)),
        count,
        packed,
        ingestId);
  }

  private static Instant start(long hour) {
    return Instant.ofEpochSecond(hour * SECONDS_PER_HOUR);
  }
}
