package uk.warden.synth.watch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataSystem;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestEntry;

/**
 * The demo force's integrity-watch history: two years of daily counts for every system, with the
 * retention schedules that explain their daily purges, and two stories. The body-worn video store
 * loses 96,174 clips (South Yorkshire's figure, July 2023) during a supplier-run migration eight
 * days before the demo starts, and its before- and after-manifests say which clips of which cases
 * are gone. The HR system's backups shrink a little every day for the last three weeks, as a
 * misconfigured retention job would make them: a creeping loss.
 */
public final class DemoVolumes {

  public static final String BWV = "bwv-evidence";
  public static final String BACKUPS = "hr-erp-backup";
  public static final int BWV_LOST = 96_174;
  static final int DAYS = 731;

  /** One system's count on one day. */
  public record Count(String system, VolumeSnapshot snapshot) {}

  /** A retention schedule: objects a day from a day on. */
  public record Retention(String system, LocalDate from, long perDay, String reference) {}

  /** The registered migration, with its manifests. */
  public record Migration(
      String system,
      LocalDate from,
      LocalDate to,
      String reference,
      Manifest before,
      Manifest after) {}

  private final List<Count> counts;
  private final List<Retention> retention;
  private final @Nullable Migration migration;

  private DemoVolumes(
      List<Count> counts, List<Retention> retention, @Nullable Migration migration) {
    this.counts = List.copyOf(counts);
    this.retention = List.copyOf(retention);
    this.migration = migration;
  }

  public List<Count> counts() {
    return counts;
  }

  public List<Retention> retention() {
    return retention;
  }

  public @Nullable Migration migration() {
    return migration;
  }

  /** Counts up to and including {@code today}, for the given systems. */
  public static DemoVolumes generate(long seed, LocalDate today, List<DataSystem> systems) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5741544348L);
    LocalDate start = today.minusDays(DAYS - 1);
    List<Count> counts = new ArrayList<>();
    List<Retention> retention = new ArrayList<>();
    Migration migration = null;
    for (DataSystem system : systems) {
      SplittableRandom own = random.split();
      Shape shape = Shape.of(system, own);
      if (shape.purge() > 0) {
        retention.add(
            new Retention(
                system.code(), start, shape.purge(), "retention schedule RS-" + system.code()));
      }
      boolean bwv = system.code().equals(BWV);
      LocalDate lossDay = today.minusDays(8);
      double level = shape.level();
      for (int t = 0; t < DAYS; t++) {
        LocalDate day = start.plusDays(t);
        if (t > 0) {
          level += shape.added(day, own) - shape.purge();
          if (bwv && (day.equals(lossDay) || day.equals(lossDay.plusDays(1)))) {
            level -= day.equals(lossDay) ? 61_000 : BWV_LOST - 61_000;
          }
          if (system.code().equals(BACKUPS) && day.isAfter(today.minusDays(21))) {
            level -= level * 0.003;
          }
        }
        long objects = Math.max(0, Math.round(level));
        counts.add(
            new Count(
                system.code(), new VolumeSnapshot(day, objects, objects * shape.bytesEach())));
      }
      if (bwv) {
        migration = bwvMigration(own, today, lossDay);
      }
    }
    return new DemoVolumes(counts, retention, migration);
  }

  /**
   * The clips moved in the migration: 240,000 in about 16,000 cases; whole cases are lost (the last
   * one in part) until 96,174 clips are missing.
   */
  private static Migration bwvMigration(
      SplittableRandom random, LocalDate today, LocalDate lossDay) {
    HexFormat hex = HexFormat.of();
    byte[] hash = new byte[32];
    List<List<ManifestEntry>> cases = new ArrayList<>();
    int clips = 0;
    while (clips < 240_000) {
      String urn = String.format("44%s%07d", twoLetters(random), random.nextInt(10_000_000));
      int inCase = 1 + random.nextInt(29);
      List<ManifestEntry> entries = new ArrayList<>(inCase);
      LocalDate recorded = today.minusDays(1_100 + random.nextInt(700));
      for (int i = 0; i < inCase; i++) {
        random.nextBytes(hash);
        entries.add(
            new ManifestEntry(
                String.format(
                    "%s/%s-%04d-D%04d.mp4",
                    urn, recorded.toString().replace("-", ""), i, random.nextInt(2_000)),
                40_000_000L + random.nextInt(400_000_000),
                hex.formatHex(hash)));
      }
      cases.add(entries);
      clips += inCase;
    }
    List<ManifestEntry> before = new ArrayList<>(clips);
    List<ManifestEntry> after = new ArrayList<>(clips);
    int toLose = BWV_LOST;
    for (List<ManifestEntry> entries : cases) {
      before.addAll(entries);
      boolean hit = toLose > 0 && random.nextDouble() < 0.45;
      int lost = hit ? Math.min(toLose, entries.size()) : 0;
      toLose -= lost;
      after.addAll(entries.subList(lost, entries.size()));
    }
    if (toLose > 0) {
      // The dice fell short: the remaining clips go from the cases kept whole, last first.
      for (int i = after.size() - 1; i >= 0 && toLose > 0; i--, toLose--) {
        after.remove(i);
      }
    }
    before.sort(java.util.Comparator.comparing(ManifestEntry::path));
    after.sort(java.util.Comparator.comparing(ManifestEntry::path));
    return new Migration(
        BWV,
        lossDay.minusDays(3),
        lossDay.plusDays(4),
        "CHG-4471 move 2021-22 footage to the new storage tier",
        new Manifest(before),
        new Manifest(after));
  }

  private static String twoLetters(SplittableRandom random) {
    return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
  }

  /** How a system's count moves: its size, daily growth, weekend lull, purge and object size. */
  private record Shape(double level, double growth, double noise, long purge, long bytesEach) {

    static Shape of(DataSystem system, SplittableRandom random) {
      boolean bwv = system.code().equals(BWV) || system.code().startsWith("bwv-");
      double level =
          bwv ? 1_650_000 : Math.max(2_000, system.recordCount() * (2 + random.nextDouble() * 20));
      double growth = bwv ? 1_100 : level * (0.0004 + random.nextDouble() * 0.0012);
      long purge =
          random.nextDouble() < 0.5 ? Math.round(growth * (0.2 + random.nextDouble() * 0.4)) : 0;
      if (bwv) {
        purge = 380;
      }
      long bytesEach = bwv ? 180_000_000L : 2_000 + random.nextInt(60_000);
      return new Shape(level, growth, 0.12 + random.nextDouble() * 0.1, purge, bytesEach);
    }

    double added(LocalDate day, SplittableRandom random) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      return Math.max(0, growth * (weekend ? 0.3 : 1.28) * (1 + noise * random.nextGaussian()));
    }
  }

  /** For the evaluation and tests: the explanations as the detector takes them. */
  public List<ExpectedChange> explained(String system, LocalDate today) {
    List<ExpectedChange> changes = new ArrayList<>();
    for (Retention r : retention) {
      if (r.system().equals(system)) {
        long days = today.toEpochDay() - r.from().toEpochDay() + 1;
        changes.add(
            new ExpectedChange(
                r.from(),
                today,
                r.perDay() * days,
                ExpectedChange.Reason.RETENTION,
                r.reference()));
      }
    }
    if (migration != null && migration.system().equals(system)) {
      changes.add(
          new ExpectedChange(
              migration.from(),
              migration.to(),
              0,
              ExpectedChange.Reason.MIGRATION,
              migration.reference()));
    }
    return changes;
  }
}
