package uk.warden.app.exports.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.exports.CheckedFile;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.Sighting;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.trace.ExtractFingerprint;
import uk.warden.inspect.report.Verdict;

/**
 * Extracts made, with their fingerprints and (while held for approval) their sealed files, the
 * sightings of their canaries, and the checks of extracts made elsewhere.
 */
@Repository
public class ExtractStore {

  private static final String COLUMNS =
      "id, transfer_id, agreement_code, party_code, made_at, made_by, sha256, people, canaries,"
          + " columns_sent, file_format, status, approval_reasons, decided_by, decided_at,"
          + " decision_note";
  private static final int FINGERPRINT = 17;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public ExtractStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public long nextId() {
    return jdbc.sql("SELECT NEXTVAL('extract_seq')").query(Long.class).single();
  }

  /**
   * @param sealedFile the file sealed with the store's key while it waits for approval
   */
  public void insert(
      RecordedExtract extract,
      ExtractFingerprint fingerprint,
      byte @Nullable [] sealedFile,
      byte @Nullable [] sealedPeople) {
    jdbc.sql(
            "INSERT INTO extract ("
                + COLUMNS
                + ", fingerprint, file_sealed, people_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            extract.id(),
            extract.transferId(),
            extract.agreement(),
            extract.party(),
            SqlTimes.utc(extract.madeAt()),
            extract.madeBy(),
            extract.sha256(),
            extract.people(),
            extract.canaries(),
            String.join(",", extract.columns()),
            extract.format().word(),
            extract.status().name(),
            String.join("\n", extract.approvalReasons()),
            extract.decidedBy(),
            SqlTimes.utc(extract.decidedAt()),
            extract.decisionNote(),
            fingerprint.toBytes(),
            sealedFile,
            sealedPeople)
        .update();
  }

  /** Releases a held extract; false when it was not held (decided meanwhile). */
  public boolean release(long id, long transferId, String by, Instant at) {
    return jdbc.sql(
                "UPDATE extract SET status = 'RELEASED', transfer_id = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = 'HELD'")
            .params(transferId, by, SqlTimes.utc(at), id)
            .update()
        == 1;
  }

  /** Refuses a held extract and drops its file; false when it was not held. */
  public boolean refuse(long id, String by, Instant at, String note) {
    return jdbc.sql(
                "UPDATE extract SET status = 'REFUSED', decided_by = ?, decided_at = ?,"
                    + " decision_note = ?, file_sealed = NULL, people_sealed = NULL"
                    + " WHERE id = ? AND status = 'HELD'")
            .params(by, SqlTimes.utc(at), note, id)
            .update()
        == 1;
  }

  /** Drops the kept copies of extracts released before the instant; their records stay. */
  public int dropCopiesReleasedBefore(Instant before) {
    return jdbc.sql(
            "UPDATE extract SET file_sealed = NULL, people_sealed = NULL WHERE status = 'RELEASED'"
                + " AND file_sealed IS NOT NULL AND COALESCE(decided_at, made_at) < ?")
        .param(SqlTimes.utc(before))
        .update();
  }

  public Optional<byte[]> sealedFile(long id) {
    return sealed("file_sealed", id);
  }

  public Optional<byte[]> sealedPeople(long id) {
    return sealed("people_sealed", id);
  }

  private Optional<byte[]> sealed(String column, long id) {
    return jdbc.sql(
            "SELECT " + column + " FROM extract WHERE id = ? AND " + column + " IS NOT NULL")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /**
   * Every released extract's fingerprint, oldest first: what a trace is matched against. A held or
   * refused file never left, so no copy of it can be found anywhere.
   */
  public void forEachFingerprint(BiConsumer<RecordedExtract, ExtractFingerprint> each) {
    template.query(
        "SELECT " + COLUMNS + ", fingerprint FROM extract WHERE status = 'RELEASED' ORDER BY id",
        (RowCallbackHandler)
            rs -> each.accept(extract(rs), ExtractFingerprint.fromBytes(rs.getBytes(FINGERPRINT))));
  }

  public Optional<RecordedExtract> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM extract WHERE id = ?")
        .param(id)
        .query((rs, n) -> extract(rs))
        .optional();
  }

  public List<RecordedExtract> ofAgreement(String agreement) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM extract WHERE agreement_code = ? ORDER BY id DESC")
        .param(agreement)
        .query((rs, n) -> extract(rs))
        .list();
  }

  /** Every extract, newest first. */
  public List<RecordedExtract> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM extract ORDER BY id DESC")
        .query((rs, n) -> extract(rs))
        .list();
  }

  /** The latest extracts under any agreement, newest first. */
  public List<RecordedExtract> recent(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM extract ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
        .param(limit)
        .query((rs, n) -> extract(rs))
        .list();
  }

  /** Extracts waiting for a second person, oldest first. */
  public List<RecordedExtract> held() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM extract WHERE status = 'HELD' ORDER BY id")
        .query((rs, n) -> extract(rs))
        .list();
  }

  /**
   * Extracts under the agreement since the instant that count against its frequency: those made
   * here and not refused, and files made elsewhere that were recorded as sent.
   */
  public int sentSince(String agreement, Instant since) {
    int made =
        jdbc.sql(
                "SELECT COUNT(*) FROM extract WHERE agreement_code = ? AND made_at >= ?"
                    + " AND status <> 'REFUSED'")
            .params(agreement, SqlTimes.utc(since))
            .query(Integer.class)
            .single();
    int checked =
        jdbc.sql(
                "SELECT COUNT(*) FROM extract_check WHERE agreement_code = ? AND checked_at >= ?"
                    + " AND transfer_id IS NOT NULL")
            .params(agreement, SqlTimes.utc(since))
            .query(Integer.class)
            .single();
    return made + checked;
  }

  public void sighted(
      long extractId,
      Instant at,
      String by,
      String fileName,
      String fileSha256,
      int seen,
      int sent) {
    jdbc.sql(
            "INSERT INTO extract_sighting (id, extract_id, seen_at, seen_by, file_name,"
                + " file_sha256, canaries_seen, canaries_sent) VALUES"
                + " (NEXTVAL('extract_sighting_seq'), ?, ?, ?, ?, ?, ?, ?)")
        .params(extractId, SqlTimes.utc(at), by, fileName, fileSha256, seen, sent)
        .update();
  }

  /** Every sighting with its extract, newest first. */
  public List<Sighting> sightings() {
    String extractColumns = "e." + COLUMNS.replace(", ", ", e.");
    return jdbc.sql(
            "SELECT "
                + extractColumns
                + ", s.id, s.seen_at, s.seen_by, s.file_name, s.file_sha256, s.canaries_seen,"
                + " s.canaries_sent FROM extract_sighting s JOIN extract e ON e.id = s.extract_id"
                + " ORDER BY s.id DESC")
        .query(
            (rs, n) ->
                new Sighting(
                    rs.getLong(17),
                    extract(rs),
                    SqlTimes.instant(rs, 18),
                    rs.getString(19),
                    rs.getString(20),
                    rs.getString(21),
                    rs.getInt(22),
                    rs.getInt(23)))
        .list();
  }

  public CheckedFile insertCheck(CheckedFile check) {
    long id = jdbc.sql("SELECT NEXTVAL('extract_check_seq')").query(Long.class).single();
    List<String> problems = new ArrayList<>();
    check.problems().forEach(p -> problems.add(p.code() + " " + p.detail().replace('\n', ' ')));
    jdbc.sql(
            "INSERT INTO extract_check (id, agreement_code, checked_at, checked_by, file_name,"
                + " file_sha256, verdict, people, problems, transfer_id) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            check.agreement(),
            SqlTimes.utc(check.checkedAt()),
            check.checkedBy(),
            check.fileName(),
            check.sha256(),
            check.verdict().name(),
            check.people(),
            String.join("\n", problems),
            check.transferId())
        .update();
    return new CheckedFile(
        id,
        check.agreement(),
        check.checkedAt(),
        check.checkedBy(),
        check.fileName(),
        check.sha256(),
        check.verdict(),
        check.people(),
        check.problems(),
        check.transferId());
  }

  public List<CheckedFile> checksOf(String agreement) {
    return jdbc.sql(
            "SELECT id, agreement_code, checked_at, checked_by, file_name, file_sha256, verdict,"
                + " people, problems, transfer_id FROM extract_check WHERE agreement_code = ?"
                + " ORDER BY id DESC")
        .param(agreement)
        .query(
            (rs, n) ->
                new CheckedFile(
                    rs.getLong(1),
                    rs.getString(2),
                    SqlTimes.instant(rs, 3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    Verdict.valueOf(rs.getString(7)),
                    rs.getInt(8),
                    problems(rs.getString(9)),
                    (Long) rs.getObject(10, Long.class)))
        .list();
  }

  private static List<ExtractCheck.Problem> problems(String stored) {
    List<ExtractCheck.Problem> problems = new ArrayList<>();
    for (String line : lines(stored)) {
      int space = line.indexOf(' ');
      problems.add(
          space < 0
              ? new ExtractCheck.Problem(line, "")
              : new ExtractCheck.Problem(line.substring(0, space), line.substring(space + 1)));
    }
    return problems;
  }

  private static List<String> lines(@Nullable String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
  }

  private static RecordedExtract extract(ResultSet rs) throws SQLException {
    @Nullable String columns = rs.getString(10);
    return new RecordedExtract(
        rs.getLong(1),
        rs.getObject(2, Long.class),
        rs.getString(3),
        rs.getString(4),
        SqlTimes.instant(rs, 5),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        rs.getInt(9),
        columns == null || columns.isEmpty() ? List.of() : Arrays.asList(columns.split(",")),
        ExtractFormat.ofWord(rs.getString(11)).orElseThrow(),
        ExtractStatus.valueOf(rs.getString(12)),
        lines(rs.getString(13)),
        rs.getString(14),
        SqlTimes.instant(rs, 15),
        rs.getString(16));
  }
}
