package uk.warden.synth.watch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.VolumeSnapshot;

/**
 * One system's daily object counts over a span: steady growth that slows at weekends, noise, a
 * daily retention purge and occasional recorded deletions (both explained), and the planted losses
 * asked for. Seeded, so an evaluation is reproducible.
 */
public final class SyntheticVolumes {

  /** A generated series with what explains its decreases. */
  public record Series(
      List<VolumeSnapshot> snapshots, List<ExpectedChange> explained, double dailyGrowth) {}

  private SyntheticVolumes() {}

  public static Series generate(long seed, LocalDate start, int days, List<PlantedLoss> losses) {
    SplittableRandom random = new SplittableRandom(seed);
    double level = Math.exp(Math.log(20_000) + random.nextDouble() * Math.log(200));
    double growth = level * (0.0008 + random.nextDouble() * 0.002);
    double purge = random.nextDouble() < 0.5 ? growth * (0.2 + random.nextDouble() * 0.5) : 0;
    double noise = 0.10 + random.nextDouble() * 0.15;
    List<VolumeSnapshot> snapshots = new ArrayList<>();
    List<ExpectedChange> explained = new ArrayList<>();
    if (purge > 0) {
      explained.add(
          new ExpectedChange(
              start,
              start.plusDays(days),
              Math.round(purge * (days + 1)),
              ExpectedChange.Reason.RETENTION,
              "retention schedule"));
    }
    for (int t = 0; t < days; t++) {
      LocalDate day = start.plusDays(t);
      if (t > 0) {
        boolean weekend =
            day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double added = growth * (weekend ? 0.25 : 1.2) * (1 + noise * random.nextGaussian());
        level += Math.max(0, added) - purge;
        if (random.nextDouble() < 0.02) {
          long deleted = Math.round(level * random.nextDouble() * 0.02);
          level -= deleted;
          explained.add(
              new ExpectedChange(day, day, deleted, ExpectedChange.Reason.DELETION, "certificate"));
        }
        for (PlantedLoss loss : losses) {
          if (t >= loss.start() && t < loss.start() + loss.days()) {
            double total = loss.fraction() * snapshots.get(loss.start() - 1).objects();
            level -= total / loss.days();
            if (loss.kind().equals("migration")) {
              explained.add(
                  new ExpectedChange(
                      day.minusDays(1),
                      day.plusDays(1),
                      0,
                      ExpectedChange.Reason.MIGRATION,
                      "move"));
            }
          }
        }
      }
      long objects = Math.max(0, Math.round(level));
      snapshots.add(new VolumeSnapshot(day, objects, objects * 350_000L));
    }
    return new Series(snapshots, explained, growth);
  }
}
