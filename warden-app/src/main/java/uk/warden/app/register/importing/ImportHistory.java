package uk.warden.app.register.importing;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.register.ImportRun;
import uk.warden.app.register.store.ImportRunStore;

/** Records every import, refused ones too, so the history shows what was tried and by whom. */
@Component
public class ImportHistory {

  private final ImportRunStore store;
  private final Clock clock;

  public ImportHistory(ImportRunStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  void refused(String kind, String source, String user, @Nullable String problems) {
    record(kind, source, user, "REFUSED", 0, 0, 0, 0, problems);
  }

  void record(
      String kind,
      String source,
      String user,
      String outcome,
      int rows,
      int added,
      int changed,
      int removed,
      @Nullable String problems) {
    store.record(
        new ImportRun(
            0,
            kind,
            source,
            OffsetDateTime.now(clock),
            user,
            outcome,
            rows,
            added,
            changed,
            removed,
            problems));
  }
}
