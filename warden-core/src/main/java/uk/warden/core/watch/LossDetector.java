package uk.warden.core.watch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import uk.warden.core.register.Marking;

/**
 * Finds unexplained drops in one system's daily object counts.
 *
 * <p>Each day's change, with explained decreases added back, is compared with what the system's own
 * last weeks predict: the median change on the same weekday (so growth and the weekly rhythm are
 * learned together, and a quiet Sunday is not a loss), with the spread of past days measured by the
 * median absolute deviation (so one odd day does not widen it). A day far below prediction is a
 * sudden loss; a run of days each a little below is caught by a one-sided CUSUM, as a creeping
 * loss. Days confirmed as losses are kept out of later predictions, so a loss does not teach the
 * detector that losing is normal.
 */
public final class LossDetector {

  /**
   * @param window days of history a prediction uses
   * @param suddenSigmas how many spreads below prediction one day must fall to be sudden
   * @param cusumLimit how far (in spreads) the running shortfall must go to be creeping
   * @param cusumSlack shortfall per day (in spreads) tolerated as noise by the CUSUM
   * @param minFraction smallest loss worth reporting, as a share of what the system held
   * @param minObjects smallest loss worth reporting, in objects
   */
  public record Settings(
      int window,
      double suddenSigmas,
      double cusumLimit,
      double cusumSlack,
      double minFraction,
      long minObjects) {

    public static Settings defaults() {
      return new Settings(42, 6.0, 10.0, 1.0, 0.001, 25);
    }
  }

  private record Prediction(double change, double spread) {}

  private final Settings settings;

  public LossDetector(Settings settings) {
    this.settings = settings;
  }

  public static LossDetector standard() {
    return new LossDetector(Settings.defaults());
  }

  /**
   * The losses in a series of daily snapshots (in day order, at most one per day; a missing day is
   * bridged by spreading the change over the gap), given the decreases that are explained.
   */
  public List<LossFinding> detect(
      List<VolumeSnapshot> series, Collection<ExpectedChange> explained, Marking marking) {
    List<LossFinding> findings = new ArrayList<>();
    int n = series.size();
    if (n < 2) {
      return findings;
    }
    double[] change = changes(series, explained);
    boolean[] excluded = new boolean[n];
    double shortfall = 0;
    double lost = 0;
    int runStart = -1;
    int first = 2;
    for (int t = first; t < n; t++) {
      Prediction prediction = predict(series, change, excluded, t);
      if (prediction == null) {
        continue;
      }
      double residual = change[t] - prediction.change();
      double level = series.get(t - 1).objects();
      double floor = Math.max(settings.minObjects(), settings.minFraction() * level);
      if (residual < -settings.suddenSigmas() * prediction.spread() && -residual >= floor) {
        excluded[t] = true;
        add(findings, finding(series, t, t, -residual, level, LossShape.SUDDEN, marking), marking);
        shortfall = 0;
        lost = 0;
        runStart = -1;
        continue;
      }
      shortfall = Math.min(0, shortfall + residual / prediction.spread() + settings.cusumSlack());
      if (shortfall < 0) {
        if (runStart < 0) {
          runStart = t;
          lost = 0;
        }
        lost += Math.max(0, -residual);
      } else {
        runStart = -1;
        lost = 0;
      }
      if (shortfall < -settings.cusumLimit() && lost >= floor) {
        double before = series.get(runStart - 1).objects();
        add(
            findings,
            finding(series, runStart, t, lost, before, LossShape.CREEPING, marking),
            marking);
        // Only a confirmed loss is kept out of later predictions: holding out every dip would
        // leave the good days alone in the window and bias every prediction upwards.
        Arrays.fill(excluded, runStart, t + 1, true);
        shortfall = 0;
        lost = 0;
        runStart = -1;
      }
    }
    return findings;
  }

  /**
   * Adds a loss, joining it to the one before when they touch: a system losing a little every day
   * is one creeping loss, not a sudden loss a day, and a failed migration step that runs over
   * midnight is one loss.
   */
  private static void add(List<LossFinding> findings, LossFinding loss, Marking marking) {
    LossFinding last = findings.isEmpty() ? null : findings.get(findings.size() - 1);
    if (last == null || !last.to().plusDays(1).equals(loss.from())) {
      findings.add(loss);
      return;
    }
    long objects = last.objects() + loss.objects();
    double before = last.fraction() > 0 ? last.objects() / last.fraction() : objects;
    double fraction = before > 0 ? Math.min(1.0, objects / before) : 1.0;
    long days = loss.to().toEpochDay() - last.from().toEpochDay() + 1;
    LossShape shape =
        last.shape() == LossShape.CREEPING || loss.shape() == LossShape.CREEPING || days >= 3
            ? LossShape.CREEPING
            : LossShape.SUDDEN;
    findings.set(
        findings.size() - 1,
        new LossFinding(
            last.from(),
            loss.to(),
            objects,
            fraction,
            shape,
            LossSeverity.of(objects, fraction, marking)));
  }

  /** Each day's change in objects, per day of any gap, with explained decreases added back. */
  private static double[] changes(
      List<VolumeSnapshot> series, Collection<ExpectedChange> explained) {
    double[] change = new double[series.size()];
    for (int t = 1; t < series.size(); t++) {
      VolumeSnapshot previous = series.get(t - 1);
      VolumeSnapshot today = series.get(t);
      if (!today.day().isAfter(previous.day())) {
        throw new IllegalArgumentException("snapshots must be in day order, one per day");
      }
      double explainedToday = 0;
      for (ExpectedChange expected : explained) {
        for (LocalDate d = previous.day().plusDays(1); !d.isAfter(today.day()); d = d.plusDays(1)) {
          explainedToday += expected.on(d);
        }
      }
      long gap = today.day().toEpochDay() - previous.day().toEpochDay();
      change[t] = (today.objects() - previous.objects() + explainedToday) / gap;
    }
    return change;
  }

  /** The same-weekday median of the window's unexcluded days, and their spread. */
  private Prediction predict(
      List<VolumeSnapshot> series, double[] change, boolean[] excluded, int t) {
    int from = Math.max(1, t - settings.window());
    double[] all = new double[t - from];
    int count = 0;
    for (int d = from; d < t; d++) {
      if (!excluded[d]) {
        all[count++] = change[d];
      }
    }
    if (count < 7) {
      return null;
    }
    double predicted = weekdayMedian(series, change, excluded, from, t, t);
    if (Double.isNaN(predicted)) {
      // Under three weeks of this weekday: no rhythm learned yet, so no prediction to judge by.
      return null;
    }
    // The spread of each day around its own weekday's median: the noise left once rhythm is known.
    double[] deviations = new double[count];
    int k = 0;
    for (int d = from; d < t; d++) {
      if (!excluded[d]) {
        double own = weekdayMedian(series, change, excluded, from, t, d);
        deviations[k++] = Math.abs(change[d] - (Double.isNaN(own) ? predicted : own));
      }
    }
    double spread = 1.4826 * median(deviations, k);
    double level = series.get(t - 1).objects();
    return new Prediction(predicted, Math.max(spread, Math.max(1.0, 0.0002 * level)));
  }

  /** The median change on {@code day}'s weekday within the window, or NaN with fewer than 3. */
  private static double weekdayMedian(
      List<VolumeSnapshot> series, double[] change, boolean[] excluded, int from, int t, int day) {
    DayOfWeek weekday = series.get(day).day().getDayOfWeek();
    double[] same = new double[t - from];
    int count = 0;
    for (int d = from; d < t; d++) {
      if (!excluded[d] && series.get(d).day().getDayOfWeek() == weekday) {
        same[count++] = change[d];
      }
    }
    return count < 3 ? Double.NaN : median(same, count);
  }

  private static double median(double[] values, int count) {
    double[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
  }

  private static LossFinding finding(
      List<VolumeSnapshot> series,
      int from,
      int to,
      double objects,
      double level,
      LossShape shape,
      Marking marking) {
    long lost = Math.round(objects);
    double fraction = level > 0 ? objects / level : 1.0;
    return new LossFinding(
        series.get(from).day(),
        series.get(to).day(),
        lost,
        fraction,
        shape,
        LossSeverity.of(lost, fraction, marking));
  }
}
