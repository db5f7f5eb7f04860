package uk.warden.app.register.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.register.ImportRun;

/** The history of imports and register applies, successful or refused, for the imports page. */
@Repository
public class ImportRunStore {

  private final JdbcClient jdbc;

  public ImportRunStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(ImportRun run) {
    jdbc.sql(
            """
            INSERT INTO import_run (kind, source_name, run_at, run_by, outcome, rows_read, added,
                                    changed, removed, problems)
            VALUES (:kind, :source, :at, :by, :outcome, :rows, :added, :changed, :removed, :problems)""")
        .param("kind", run.kind())
        .param("source", truncate(run.sourceName(), 300))
        .param("at", run.runAt())
        .param("by", run.runBy())
        .param("outcome", run.outcome())
        .param("rows", run.rowsRead())
        .param("added", run.added())
        .param("changed", run.changed())
        .param("removed", run.removed())
        .param("problems", run.problems() == null ? null : truncate(run.problems(), 4000))
        .update();
  }

  public List<ImportRun> recent(int limit) {
    return jdbc.sql(
            "SELECT id, kind, source_name, run_at, run_by, outcome, rows_read, added, changed,"
                + " removed, problems FROM import_run ORDER BY id DESC LIMIT :limit")
        .param("limit", limit)
        .query(
            (rs, n) ->
                new ImportRun(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getString(11)))
        .list();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
