package uk.warden.app.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.watch.ExplanationRequest;
import uk.warden.app.watch.Migrations;
import uk.warden.app.watch.SnapshotSource;
import uk.warden.app.watch.WatchService;
import uk.warden.app.watch.store.WatchStore;
import uk.warden.core.register.DataSystem;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.synth.watch.DemoVolumes;

/**
 * The demo force's two years of daily counts, its retention schedules and the body-worn video
 * migration with its manifests, loaded through the watch's own services, so the detector finds the
 * demo's losses exactly as it would find real ones.
 */
@Component
class WatchHistory {

  /** Systems are counted in the small hours, when nothing else runs. */
  private static final LocalTime COUNTED_AT = LocalTime.of(2, 15);

  private static final String DEMO = "demo";

  private final WatchService watch;
  private final Migrations migrations;
  private final ForceSettings force;

  WatchHistory(WatchService watch, Migrations migrations, ForceSettings force) {
    this.watch = watch;
    this.migrations = migrations;
    this.force = force;
  }

  /** Loads the history ending {@code today}; returns how many snapshots. */
  int load(long seed, LocalDate today, List<DataSystem> systems) {
    DemoVolumes volumes = DemoVolumes.generate(seed, today, systems);
    for (DemoVolumes.Retention retention : volumes.retention()) {
      watch.explain(
          new ExplanationRequest(
              retention.system(),
              ExpectedChange.Reason.RETENTION.name(),
              retention.from(),
              null,
              retention.perDay(),
              retention.reference()),
          DEMO);
    }
    DemoVolumes.Migration migration = volumes.migration();
    if (migration != null) {
      long id =
          migrations
              .register(
                  new ExplanationRequest(
                      migration.system(),
                      ExpectedChange.Reason.MIGRATION.name(),
                      migration.from(),
                      null,
                      0L,
                      migration.reference()),
                  migration.before(),
                  DEMO)
              .id();
      migrations.complete(id, migration.after(), migration.to());
    }
    ZoneId zone = force.zone();
    List<WatchStore.Row> rows =
        volumes.counts().stream()
            .map(
                count ->
                    new WatchStore.Row(
                        count.system(),
                        count.snapshot().day(),
                        count.snapshot().day().atTime(COUNTED_AT).atZone(zone).toInstant(),
                        count.snapshot().objects(),
                        count.snapshot().bytes(),
                        Map.of(),
                        SnapshotSource.DEMO))
            .toList();
    watch.importHistory(rows, DEMO);
    return rows.size();
  }
}
