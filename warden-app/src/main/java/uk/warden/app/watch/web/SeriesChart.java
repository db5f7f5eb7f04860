package uk.warden.app.watch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.warden.app.watch.Explanation;
import uk.warden.app.watch.WatchFinding;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.core.watch.VolumeSnapshot;

/**
 * A system's daily counts drawn as an SVG line, one unit of width a day, with the days of
 * registered migrations and recorded deletions shaded and each unexplained loss banded in red. The
 * page sets the SVG's viewBox to {@code days × HEIGHT} and stretches it; labels are HTML beside it,
 * since stretched SVG text would be distorted.
 */
record SeriesChart(
    int days,
    String points,
    List<Band> explained,
    List<Band> losses,
    LocalDate first,
    LocalDate last,
    long low,
    long high) {

  static final int HEIGHT = 100;

  /** Days {@code [x, x + width)} of the chart, with what they mark. */
  record Band(int x, int width, String label) {}

  static SeriesChart of(
      List<VolumeSnapshot> all,
      List<Explanation> explanations,
      List<WatchFinding> findings,
      int lastDays) {
    List<VolumeSnapshot> series = all.subList(Math.max(0, all.size() - lastDays), all.size());
    if (series.isEmpty()) {
      return new SeriesChart(0, "", List.of(), List.of(), LocalDate.MIN, LocalDate.MIN, 0, 0);
    }
    LocalDate first = series.get(0).day();
    LocalDate last = series.get(series.size() - 1).day();
    int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    long low = series.stream().mapToLong(VolumeSnapshot::objects).min().orElse(0);
    long high = series.stream().mapToLong(VolumeSnapshot::objects).max().orElse(0);
    // A margin of a tenth of the range, so a flat series is a line in the middle, not the floor.
    double margin = Math.max(1, (high - low) * 0.1);
    double bottom = low - margin;
    double range = high + margin - bottom;
    StringBuilder points = new StringBuilder();
    for (VolumeSnapshot snapshot : series) {
      double x = snapshot.day().toEpochDay() - first.toEpochDay() + 0.5;
      double y = HEIGHT - (snapshot.objects() - bottom) * HEIGHT / range;
      points.append(String.format(Locale.ROOT, "%.1f,%.2f ", x, y));
    }
    List<Band> explained = new ArrayList<>();
    for (Explanation e : explanations) {
      if (e.reason() == ExpectedChange.Reason.RETENTION) {
        continue; // a schedule runs every day: shading it would shade everything
      }
      LocalDate to = e.lastDay() != null ? e.lastDay() : last;
      band(
              first,
              last,
              e.firstDay(),
              to,
              e.reason().name().toLowerCase(Locale.ROOT) + " " + e.reference())
          .ifPresent(explained::add);
    }
    List<Band> losses = new ArrayList<>();
    for (WatchFinding f : findings) {
      band(first, last, f.from(), f.to(), f.describe()).ifPresent(losses::add);
    }
    return new SeriesChart(
        days, points.toString().strip(), explained, losses, first, last, low, high);
  }

  private static Optional<Band> band(
      LocalDate first, LocalDate last, LocalDate from, LocalDate to, String label) {
    if (to.isBefore(first) || from.isAfter(last)) {
      return Optional.empty();
    }
    LocalDate start = from.isBefore(first) ? first : from;
    LocalDate end = to.isAfter(last) ? last : to;
    int x = (int) (start.toEpochDay() - first.toEpochDay());
    int width = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    return Optional.of(new Band(x, width, label));
  }
}
