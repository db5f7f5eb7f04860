package uk.warden.app.platform;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A counter per kind of data, bumped by every writer in its own transaction. In-memory indexes (the
 * custody ledger, the people's breach attributes) compare it before answering, so a change made by
 * another process on the same store (the CLI beside a running server, a second server on
 * PostgreSQL) is never missed, at the cost of one primary-key read.
 */
@Repository
public class StoreVersions {

  /** What an index is built from. */
  public enum Topic {
    CUSTODY,
    PEOPLE,
    REGISTER
  }

  private final JdbcClient jdbc;

  public StoreVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long version(Topic topic) {
    return jdbc.sql("SELECT version FROM store_version WHERE topic = :topic")
        .param("topic", key(topic))
        .query(Long.class)
        .single();
  }

  /** Call inside the writing transaction, so readers see the data and the new version together. */
  public void bump(Topic topic) {
    bump(jdbc, topic);
  }

  /** For stores that write the data an index is built from, through their own client. */
  public static void bump(JdbcClient jdbc, Topic topic) {
    jdbc.sql("UPDATE store_version SET version = version + 1 WHERE topic = :topic")
        .param("topic", key(topic))
        .update();
  }

  private static String key(Topic topic) {
    return topic.name().toLowerCase(Locale.ROOT);
  }
}
