package uk.warden.app.register.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.warden.app.register.ImportRun;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;

class ImportRunStoreTests {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2025, 1, 31, 23, 59, 58, 250_000_000, ZoneOffset.UTC);

  @StoreTest
  void listsRecentRunsNewestFirstWithEveryFact(TestDatabase db) {
    ImportRunStore store = db.importRuns();
    store.record(run("people", "hr-jan.csv", T0, "IMPORTED", 10, 8, 2, 0, null));
    store.record(run("register", "register.yaml", T0.plusHours(1), "APPLIED", 0, 3, 1, 2, null));
    store.record(
        run("people", "hr-feb.csv", T0.plusDays(1), "REFUSED", 0, 0, 0, 0, "hr-feb.csv: row 3"));

    List<ImportRun> recent = store.recent(2);

    assertThat(recent)
        .extracting(ImportRun::sourceName)
        .containsExactly("hr-feb.csv", "register.yaml");
    assertThat(recent.get(0).id()).isGreaterThan(recent.get(1).id());
    ImportRun refused = recent.get(0);
    assertThat(refused.kind()).isEqualTo("people");
    assertThat(refused.outcome()).isEqualTo("REFUSED");
    assertThat(refused.runBy()).isEqualTo("tester");
    assertThat(refused.runAt().toInstant()).isEqualTo(T0.plusDays(1).toInstant());
    assertThat(refused.problems()).isEqualTo("hr-feb.csv: row 3");
    ImportRun applied = recent.get(1);
    assertThat(applied.problems()).isNull();
    assertThat(applied.rowsRead()).isZero();
    assertThat(applied.added()).isEqualTo(3);
    assertThat(applied.changed()).isEqualTo(1);
    assertThat(applied.removed()).isEqualTo(2);
    ImportRun first = store.recent(10).get(2);
    assertThat(first.rowsRead()).isEqualTo(10);
    assertThat(first.added()).isEqualTo(8);
    assertThat(first.changed()).isEqualTo(2);
    assertThat(store.recent(10)).hasSize(3);
  }

  @StoreTest
  void anEmptyHistoryListsNothing(TestDatabase db) {
    assertThat(db.importRuns().recent(5)).isEmpty();
  }

  @StoreTest
  void shortensOverlongSourceNamesAndProblemsToFitTheirColumns(TestDatabase db) {
    ImportRunStore store = db.importRuns();
    String longName = "x".repeat(400) + ".csv";
    String longProblems = "p".repeat(5_000);

    store.record(run("people", longName, T0, "REFUSED", 0, 0, 0, 0, longProblems));

    ImportRun read = store.recent(1).get(0);
    assertThat(read.sourceName()).hasSize(300).startsWith("xxx").endsWith("…");
    assertThat(read.problems()).hasSize(4_000).endsWith("…");
  }

  private static ImportRun run(
      String kind,
      String source,
      OffsetDateTime at,
      String outcome,
      int rows,
      int added,
      int changed,
      int removed,
      String problems) {
    return new ImportRun(
        0, kind, source, at, "tester", outcome, rows, added, changed, removed, problems);
  }
}
