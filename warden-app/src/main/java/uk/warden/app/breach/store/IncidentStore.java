package uk.warden.app.breach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.NoNotificationDecision;

/** Incidents; the facts change as they become known, so unlike custody rows these are updated. */
@Repository
public class IncidentStore {

  private static final String COLUMNS =
      "id, title, breach_type, parties, systems, categories, window_from, window_to,"
          + " discovered_at, aware_at, ico_notified_at, reason_for_delay, no_notify_rationale,"
          + " no_notify_approver, no_notify_decided_at, declared_at, declared_by";

  private final JdbcClient jdbc;

  public IncidentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM incident WHERE id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  public void insert(Incident incident, Instant declaredAt, String declaredBy) {
    bind(
            jdbc.sql(
                "INSERT INTO incident ("
                    + COLUMNS
                    + ") VALUES (:id, :title, :type, :parties, :systems, :categories, :from, :to,"
                    + " :discovered, :aware, :notified, :delay, :rationale, :approver, :decided,"
                    + " :declaredAt, :declaredBy)"),
            incident)
        .param("declaredAt", SqlTimes.utc(declaredAt))
        .param("declaredBy", declaredBy)
        .update();
  }

  /** Replaces the facts; who declared it and when stay as they were. */
  public boolean update(Incident incident) {
    return bind(
                jdbc.sql(
                    """
                    UPDATE incident SET title = :title, breach_type = :type, parties = :parties,
                      systems = :systems, categories = :categories, window_from = :from,
                      window_to = :to, discovered_at = :discovered, aware_at = :aware,
                      ico_notified_at = :notified, reason_for_delay = :delay,
                      no_notify_rationale = :rationale, no_notify_approver = :approver,
                      no_notify_decided_at = :decided
                    WHERE id = :id"""),
                incident)
            .update()
        > 0;
  }

  public Optional<DeclaredIncident> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Newest first: the open incident is the one a DPO is working on. */
  public List<DeclaredIncident> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM incident ORDER BY aware_at DESC, id")
        .query((rs, n) -> map(rs))
        .list();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Incident i) {
    NoNotificationDecision decision = i.decisionNotToNotify();
    return sql.param("id", i.id())
        .param("title", i.title())
        .param("type", i.type().name())
        .param("parties", String.join(",", i.parties()))
        .param("systems", String.join(",", i.systems()))
        .param("categories", String.join(",", i.categories()))
        .param("from", SqlTimes.utc(i.window().from()))
        .param("to", SqlTimes.utc(i.window().to()))
        .param("discovered", SqlTimes.utc(i.discoveredAt()))
        .param("aware", SqlTimes.utc(i.awareAt()))
        .param("notified", SqlTimes.utc(i.icoNotifiedAt()))
        .param("delay", i.reasonForDelay())
        .param("rationale", decision == null ? null : decision.rationale())
        .param("approver", decision == null ? null : decision.approver())
        .param("decided", decision == null ? null : SqlTimes.utc(decision.decidedAt()));
  }

  private static DeclaredIncident map(ResultSet rs) throws SQLException {
    String rationale = rs.getString(13);
    NoNotificationDecision decision =
        rationale == null
            ? null
            : new NoNotificationDecision(rationale, rs.getString(14), SqlTimes.instant(rs, 15));
    Incident incident =
        new Incident(
            rs.getString(1),
            rs.getString(2),
            BreachType.valueOf(rs.getString(3)),
            codes(rs.getString(4)),
            codes(rs.getString(5)),
            codes(rs.getString(6)),
            new ExposureWindow(SqlTimes.instant(rs, 7), SqlTimes.instant(rs, 8)),
            SqlTimes.instant(rs, 9),
            SqlTimes.instant(rs, 10),
            SqlTimes.instant(rs, 11),
            rs.getString(12),
            decision);
    return new DeclaredIncident(incident, SqlTimes.instant(rs, 16), rs.getString(17));
  }

  private static Set<String> codes(String text) {
    Set<String> codes = new TreeSet<>();
    Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(codes::add);
    return codes;
  }
}
