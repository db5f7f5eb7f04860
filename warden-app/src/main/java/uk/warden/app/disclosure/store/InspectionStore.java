package uk.warden.app.disclosure.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.disclosure.Decision;
import uk.warden.app.disclosure.InspectionEntry;
import uk.warden.app.disclosure.ReleaseDecision;
import uk.warden.app.disclosure.ReleaseStatus;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.SqlTimes;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Verdict;

/**
 * Inspections with their reports as JSON, and the release decisions on them. Decisions are only
 * ever added; an inspection's status is the one thing that changes, and only under {@link #lock}.
 */
@Repository
public class InspectionStore {

  // Its own mapper, not the web's: the stored form must not change with the API's JSON settings,
  // and reports written by an older Warden stay readable when the report gains or loses a field.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final String ENTRY =
      "id, file_name, format, bytes, verdict, expectation, status, inspected_by, inspected_at";

  private final JdbcClient jdbc;

  public InspectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An inspection as stored: the list's facts, the fingerprint and the whole report. */
  public record Stored(InspectionEntry entry, String sha256, FileReport report) {}

  /** What a decision is judged on, read with the row locked. */
  public record Locked(Verdict verdict, ReleaseStatus status) {}

  public long nextId() {
    return jdbc.sql("SELECT NEXTVAL('inspection_seq')").query(Long.class).single();
  }

  public void insert(
      long id,
      FileReport report,
      String sha256,
      Expectation expectation,
      ReleaseStatus status,
      String inspectedBy,
      Instant inspectedAt) {
    jdbc.sql(
            "INSERT INTO inspection (id, file_name, sha256, bytes, format, verdict, expectation,"
                + " report, inspected_by, inspected_at, status) VALUES (:id, :file, :sha256,"
                + " :bytes, :format, :verdict, :expectation, :report, :by, :at, :status)")
        .param("id", id)
        .param("file", report.file())
        .param("sha256", sha256)
        .param("bytes", report.bytes())
        .param("format", report.format().name())
        .param("verdict", report.verdict().name())
        .param("expectation", expectation.name())
        .param("report", JSON.writeValueAsString(report))
        .param("by", inspectedBy)
        .param("at", SqlTimes.utc(inspectedAt))
        .param("status", status.name())
        .update();
  }

  public Optional<Stored> find(long id) {
    return jdbc.sql("SELECT " + ENTRY + ", sha256, report FROM inspection WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Stored(
                    entry(rs),
                    rs.getString(10),
                    JSON.readValue(rs.getString(11), FileReport.class)))
        .optional();
  }

  /** Newest first, optionally only those in one status. */
  public Page<InspectionEntry> page(@Nullable ReleaseStatus status, PageRequest request) {
    String where = status == null ? "" : " WHERE status = :status";
    JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM inspection" + where);
    JdbcClient.StatementSpec select =
        jdbc.sql(
            "SELECT "
                + ENTRY
                + " FROM inspection"
                + where
                + " ORDER BY inspected_at DESC, id DESC LIMIT :limit OFFSET :offset");
    if (status != null) {
      count = count.param("status", status.name());
      select = select.param("status", status.name());
    }
    long total = count.query(Long.class).single();
    List<InspectionEntry> items =
        select
            .param("limit", request.size())
            .param("offset", request.offset())
            .query((rs, n) -> entry(rs))
            .list();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Locks the inspection's row until the transaction ends, so two people deciding at once are
   * judged one after the other: neither can miss the other's approval.
   */
  public Optional<Locked> lock(long id) {
    return jdbc.sql("SELECT verdict, status FROM inspection WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(
            (rs, n) ->
                new Locked(
                    Verdict.valueOf(rs.getString(1)), ReleaseStatus.valueOf(rs.getString(2))))
        .optional();
  }

  public void setStatus(long id, ReleaseStatus status) {
    jdbc.sql("UPDATE inspection SET status = :status WHERE id = :id")
        .param("status", status.name())
        .param("id", id)
        .update();
  }

  public void insertDecision(long inspectionId, ReleaseDecision decision) {
    jdbc.sql(
            "INSERT INTO release_decision (id, inspection_id, decided_by, decided_at, decision,"
                + " reason) VALUES (NEXTVAL('release_decision_seq'), :inspection, :by, :at,"
                + " :decision, :reason)")
        .param("inspection", inspectionId)
        .param("by", decision.decidedBy())
        .param("at", SqlTimes.utc(decision.decidedAt()))
        .param("decision", decision.decision().name())
        .param("reason", decision.reason())
        .update();
  }

  /** In the order they were made. */
  public List<ReleaseDecision> decisions(long inspectionId) {
    return jdbc.sql(
            "SELECT decision, decided_by, decided_at, reason FROM release_decision"
                + " WHERE inspection_id = :inspection ORDER BY id")
        .param("inspection", inspectionId)
        .query(
            (rs, n) ->
                new ReleaseDecision(
                    Decision.valueOf(rs.getString(1)),
                    rs.getString(2),
                    SqlTimes.instant(rs, 3),
                    rs.getString(4)))
        .list();
  }

  private static InspectionEntry entry(ResultSet rs) throws SQLException {
    return new InspectionEntry(
        rs.getLong(1),
        rs.getString(2),
        Format.valueOf(rs.getString(3)),
        rs.getLong(4),
        Verdict.valueOf(rs.getString(5)),
        Expectation.valueOf(rs.getString(6)),
        ReleaseStatus.valueOf(rs.getString(7)),
        rs.getString(8),
        SqlTimes.instant(rs, 9));
  }
}
