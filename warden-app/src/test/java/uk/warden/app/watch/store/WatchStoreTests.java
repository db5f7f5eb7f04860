package uk.warden.app.watch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.FindingStatus;
import uk.warden.app.watch.SnapshotSource;
import uk.warden.app.watch.WatchFinding;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.LossFinding;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.LossShape;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.alert.Delivery;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestEntry;

/** What the watch keeps, on H2 and on PostgreSQL. */
class WatchStoreTests {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Instant AT = Instant.parse("2026-03-02T02:15:00Z");

  private static WatchStore store(TestDatabase db) {
    return new WatchStore(db.jdbc(), db.template());
  }

  private static WatchStore.Row row(String system, int day, long objects, Map<String, Long> parts) {
    return new WatchStore.Row(
        system,
        DAY.plusDays(day),
        AT.plusSeconds(86_400L * day),
        objects,
        objects * 1_000,
        parts,
        SnapshotSource.PUSHED);
  }

  @StoreTest
  void aLaterCountOfTheSameDayReplacesTheFigureAndItsParts(TestDatabase db) {
    WatchStore store = store(db);
    store.put(
        List.of(row("bwv", 0, 100, Map.of("2025", 60L, "2026", 40L)), row("bwv", 1, 110, Map.of())),
        "collector",
        AT);
    store.put(List.of(row("bwv", 0, 90, Map.of("2026", 90L))), "collector", AT);

    assertThat(store.series("bwv"))
        .containsExactly(
            new VolumeSnapshot(DAY, 90, 90_000), new VolumeSnapshot(DAY.plusDays(1), 110, 110_000));
    assertThat(store.parts("bwv", DAY)).containsExactly(Map.entry("2026", 90L));
    assertThat(db.rows("volume_part")).isEqualTo(1);
  }

  @StoreTest
  void theLatestCountOfEachSystemAndACountOnADay(TestDatabase db) {
    WatchStore store = store(db);
    store.put(
        List.of(row("a", 0, 5, Map.of()), row("a", 3, 7, Map.of()), row("b", 1, 9, Map.of())),
        "collector",
        AT);

    assertThat(store.latest())
        .containsExactly(
            new WatchStore.Latest("a", DAY.plusDays(3), 7, 7_000),
            new WatchStore.Latest("b", DAY.plusDays(1), 9, 9_000));
    assertThat(store.objectsOn("a", DAY)).contains(5L);
    assertThat(store.objectsOn("a", DAY.plusDays(1))).isEmpty();
  }

  @StoreTest
  void aMigrationKeepsBothManifestsWhole(TestDatabase db) {
    WatchStore store = store(db);
    Manifest before =
        new Manifest(
            List.of(
                new ManifestEntry("44AB1234567/clip-1.mp4", 1_000, "ab".repeat(32)),
                new ManifestEntry("44AB1234567/clip-2.mp4", 2_000, null)));
    Manifest after = new Manifest(before.entries().subList(0, 1));

    long id =
        store.insertExplanation(
            "bwv",
            ExpectedChange.Reason.MIGRATION,
            DAY,
            null,
            0,
            "CHG-1",
            ManifestCodec.encode(before),
            "dpo",
            AT);
    store.setAfterManifest(id, ManifestCodec.encode(after), DAY.plusDays(3));

    Explanation migration = store.explanation(id).orElseThrow();
    assertThat(migration.lastDay()).isEqualTo(DAY.plusDays(3));
    assertThat(migration.beforeEntries()).isEqualTo(2);
    assertThat(migration.afterEntries()).isEqualTo(1);
    assertThat(migration.recordedBy()).isEqualTo("dpo");
    assertThat(migration.recordedAt()).isEqualTo(AT);
    WatchStore.Manifests kept = store.manifests(id);
    assertThat(ManifestCodec.decode("before", kept.before()).entries()).isEqualTo(before.entries());
    assertThat(ManifestCodec.decode("after", kept.after()).entries()).isEqualTo(after.entries());
    assertThat(store.explanations("bwv")).containsExactly(migration);
  }

  @StoreTest
  void aFindingIsKeptRefinedAndRaisedWithItsDeliveries(TestDatabase db) {
    WatchStore store = store(db);
    LossFinding loss = new LossFinding(DAY, DAY, 96_174, 0.05, LossShape.SUDDEN, LossSeverity.HIGH);
    long id = store.insertFinding("bwv", loss, null, AT);

    store.refineFinding(
        id,
        new LossFinding(DAY, DAY.plusDays(1), 97_000, 0.051, LossShape.SUDDEN, LossSeverity.HIGH),
        null);
    store.setStatus(id, FindingStatus.INCIDENT, "INC-2026-007");
    store.insertDelivery(
        id, new Delivery(Long.toString(id), "webhook http://soc", 2, true, AT, "HTTP 503"));

    WatchFinding kept = store.finding(id).orElseThrow();
    assertThat(kept.to()).isEqualTo(DAY.plusDays(1));
    assertThat(kept.objects()).isEqualTo(97_000);
    assertThat(kept.status()).isEqualTo(FindingStatus.INCIDENT);
    assertThat(kept.incidentId()).isEqualTo("INC-2026-007");
    assertThat(kept.foundAt()).isEqualTo(AT);
    assertThat(store.findings(FindingStatus.OPEN)).isEmpty();
    assertThat(store.deliveries(id))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.channel()).isEqualTo("webhook http://soc");
              assertThat(d.attempts()).isEqualTo(2);
              assertThat(d.delivered()).isTrue();
              assertThat(d.lastError()).isEqualTo("HTTP 503");
            });
  }

  @StoreTest
  void oneFindingPerSystemAndFirstDayAndNoNegativeCounts(TestDatabase db) {
    WatchStore store = store(db);
    LossFinding loss = new LossFinding(DAY, DAY, 500, 0.01, LossShape.SUDDEN, LossSeverity.MEDIUM);
    store.insertFinding("bwv", loss, null, AT);

    assertThatThrownBy(() -> store.insertFinding("bwv", loss, null, AT))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                db.jdbc()
                    .sql(
                        "INSERT INTO volume_snapshot (system_code, counted_on, taken_at, objects,"
                            + " bytes, source, recorded_at, recorded_by) VALUES ('x', DATE"
                            + " '2026-01-01', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                            + " -1, 0, 'PUSHED', TIMESTAMP WITH TIME ZONE '2026-01-01"
                            + " 00:00:00+00', 'x')")
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
