package uk.warden.app.access.store;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.access.ingest.IngestSummary;

/**
 * Access events, each kept once under its fingerprint, their daily volumes, and a record of every
 * accepted file. Writing goes through an {@link EventWriter} inside the caller's transaction.
 */
@Repository
public class AccessEventStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public AccessEventStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Opens an ingest: waits for any other ingest to finish (the lock row is held to the end of the
   * caller's transaction, which is what keeps each fingerprint once), then returns the id that tags
   * the events it adds.
   */
  public long startIngest() {
    jdbc.sql("SELECT id FROM access_ingest_lock WHERE id = 1 FOR UPDATE")
        .query(Integer.class)
        .single();
    return jdbc.sql("SELECT NEXTVAL('access_ingest_seq')").query(Long.class).single();
  }

  public EventWriter writer(long ingestId, ZoneId zone) {
    return new EventWriter(template, ingestId, zone);
  }

  /** A writer that lets hours go sooner, so tests can see them read again. */
  EventWriter writer(long ingestId, ZoneId zone, int maxHeld) {
    return new EventWriter(template, ingestId, zone, maxHeld);
  }

  /** Records the accepted file once its events are written. */
  public void finishIngest(long id, IngestSummary summary, long newEvents, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO access_ingest (id, source_name, format, lines, events_read, events_new,"
                + " ingested_at, ingested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            summary.source(),
            summary.format().name(),
            summary.lines(),
            summary.events(),
            newEvents,
            SqlTimes.utc(at),
            by)
        .update();
  }

  public long eventCount() {
    return jdbc.sql("SELECT COALESCE(SUM(events), 0) FROM access_event_hour")
        .query(Long.class)
        .single();
  }
}
