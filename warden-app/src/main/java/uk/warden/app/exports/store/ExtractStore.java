package uk.warden.app.exports.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.Sighting;
import uk.warden.app.platform.SqlTimes;
import uk.warden.core.trace.ExtractFingerprint;

/** Extracts made, with their fingerprints, and the sightings of their canaries. */
@Repository
public class ExtractStore {

  private static final String COLUMNS =
      "id, transfer_id, agreement_code, party_code, made_at, made_by, sha256, people, canaries,"
          + " columns_sent";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public ExtractStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  public long nextId() {
    return jdbc.sql("SELECT NEXTVAL('extract_seq')").query(Long.class).single();
  }

  public void insert(RecordedExtract extract, ExtractFingerprint fingerprint) {
    jdbc.sql(
            "INSERT INTO extract ("
                + COLUMNS
                + ", fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
            fingerprint.toBytes())
        .update();
  }

  /** Every fingerprint with its extract, oldest first: what a trace is matched against. */
  public void forEachFingerprint(BiConsumer<RecordedExtract, ExtractFingerprint> each) {
    template.query(
        "SELECT " + COLUMNS + ", fingerprint FROM extract ORDER BY id",
        (RowCallbackHandler)
            rs -> each.accept(extract(rs), ExtractFingerprint.fromBytes(rs.getBytes(11))));
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
    return jdbc.sql(
            "SELECT e.id, e.transfer_id, e.agreement_code, e.party_code, e.made_at, e.made_by,"
                + " e.sha256, e.people, e.canaries, e.columns_sent, s.id, s.seen_at, s.seen_by,"
                + " s.file_name, s.file_sha256, s.canaries_seen, s.canaries_sent"
                + " FROM extract_sighting s JOIN extract e ON e.id = s.extract_id"
                + " ORDER BY s.id DESC")
        .query(
            (rs, n) ->
                new Sighting(
                    rs.getLong(11),
                    extract(rs),
                    SqlTimes.instant(rs, 12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getString(15),
                    rs.getInt(16),
                    rs.getInt(17)))
        .list();
  }

  private static RecordedExtract extract(ResultSet rs) throws SQLException {
    @Nullable String columns = rs.getString(10);
    return new RecordedExtract(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        SqlTimes.instant(rs, 5),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        rs.getInt(9),
        columns == null || columns.isEmpty() ? List.of() : Arrays.asList(columns.split(",")));
  }
}
