package uk.warden.app.findings.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.warden.app.findings.FindingAction;
import uk.warden.app.findings.FindingNote;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.platform.SqlTimes;

/** What people decided about findings, by finding key, and the history of those decisions. */
@Repository
public class FindingStateStore {

  private final JdbcClient jdbc;

  public FindingStateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A finding's state as kept. */
  public record State(
      FindingStatus status, @Nullable String assignee, Instant changedAt, String changedBy) {}

  public Map<String, State> all() {
    Map<String, State> states = new HashMap<>();
    jdbc.sql("SELECT finding_key, status, assignee, changed_at, changed_by FROM finding_state")
        .query(
            rs -> {
              states.put(
                  rs.getString(1),
                  new State(
                      FindingStatus.valueOf(rs.getString(2)),
                      rs.getString(3),
                      SqlTimes.instant(rs, 4),
                      rs.getString(5)));
            });
    return states;
  }

  public Optional<State> get(String key) {
    return jdbc.sql(
            "SELECT status, assignee, changed_at, changed_by FROM finding_state"
                + " WHERE finding_key = ?")
        .param(key)
        .query(
            (rs, n) ->
                new State(
                    FindingStatus.valueOf(rs.getString(1)),
                    rs.getString(2),
                    SqlTimes.instant(rs, 3),
                    rs.getString(4)))
        .optional();
  }

  /** Writes the state and appends the action to the history, in the caller's transaction. */
  public void put(String key, State state, FindingAction action, @Nullable String note) {
    Object at = SqlTimes.utc(state.changedAt());
    int updated =
        jdbc.sql(
                "UPDATE finding_state SET status = ?, assignee = ?, changed_at = ?, changed_by = ?"
                    + " WHERE finding_key = ?")
            .params(state.status().name(), state.assignee(), at, state.changedBy(), key)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO finding_state (finding_key, status, assignee, changed_at, changed_by)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(key, state.status().name(), state.assignee(), at, state.changedBy())
          .update();
    }
    jdbc.sql(
            "INSERT INTO finding_note (id, finding_key, action, note, noted_at, noted_by)"
                + " VALUES (NEXTVAL('finding_note_seq'), ?, ?, ?, ?, ?)")
        .params(key, action.name(), note, at, state.changedBy())
        .update();
  }

  public List<FindingNote> history(String key) {
    return jdbc.sql(
            "SELECT action, note, noted_at, noted_by FROM finding_note WHERE finding_key = ?"
                + " ORDER BY noted_at, id")
        .param(key)
        .query(
            (rs, n) ->
                new FindingNote(
                    FindingAction.valueOf(rs.getString(1)),
                    rs.getString(2),
                    SqlTimes.instant(rs, 3),
                    rs.getString(4)))
        .list();
  }
}
