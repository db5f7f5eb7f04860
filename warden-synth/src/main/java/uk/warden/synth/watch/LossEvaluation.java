package uk.warden.synth.watch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import uk.warden.core.register.Marking;
import uk.warden.core.watch.LossDetector;
import uk.warden.core.watch.LossFinding;

/**
 * Measures the loss detector: detection rate per kind and size of planted loss, and false alarms
 * per system-year on clean series. Run with {@code java -cp ...
 * uk.warden.synth.watch.LossEvaluation [systems]}; the figures go in the note.
 */
public final class LossEvaluation {

  /** Detection counts for one kind and size of loss, and false alarms on clean series. */
  public record Result(Map<String, int[]> detected, int falseAlarms, double systemYears) {

    public double rate(String key) {
      int[] counts = detected.get(key);
      return counts[1] == 0 ? 0 : (double) counts[0] / counts[1];
    }

    public double falseAlarmsPerSystemYear() {
      return falseAlarms / systemYears;
    }
  }

  private static final int DAYS = 730;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final double[] SIZES = {0.002, 0.01, 0.05, 0.25};

  private LossEvaluation() {}

  public static Result run(int systems, long seed) {
    LossDetector detector = LossDetector.standard();
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, int[]> detected = new LinkedHashMap<>();
    int falseAlarms = 0;
    for (int s = 0; s < systems; s++) {
      SyntheticVolumes.Series clean =
          SyntheticVolumes.generate(random.nextLong(), START, DAYS, List.of());
      falseAlarms += detector.detect(clean.snapshots(), clean.explained(), Marking.OFFICIAL).size();
      for (String kind : List.of("sudden", "creeping", "migration", "hidden")) {
        for (double size : SIZES) {
          int at = 120 + random.nextInt(DAYS - 200);
          PlantedLoss loss = plant(kind, at, size, random);
          if (loss == null) {
            continue;
          }
          SyntheticVolumes.Series series =
              SyntheticVolumes.generate(random.nextLong(), START, DAYS, List.of(loss));
          List<LossFinding> findings =
              detector.detect(series.snapshots(), series.explained(), Marking.OFFICIAL);
          LocalDate from = START.plusDays(loss.start());
          LocalDate until = START.plusDays(loss.start() + loss.days() + 7L);
          boolean found =
              findings.stream().anyMatch(f -> !f.to().isBefore(from) && !f.from().isAfter(until));
          int[] counts = detected.computeIfAbsent(key(kind, size), k -> new int[2]);
          counts[0] += found ? 1 : 0;
          counts[1]++;
        }
      }
    }
    return new Result(detected, falseAlarms, systems * DAYS / 365.0);
  }

  private static PlantedLoss plant(String kind, int at, double size, SplittableRandom random) {
    return switch (kind) {
      case "sudden" -> PlantedLoss.sudden(at, size);
      case "creeping" -> PlantedLoss.creeping(at, 14 + random.nextInt(21), size);
      case "migration" -> PlantedLoss.duringMigration(at, size);
      // Hidden in growth only makes sense below a week's growth: the two smallest sizes.
      default -> size <= 0.01 ? PlantedLoss.hiddenInGrowth(at, size) : null;
    };
  }

  static String key(String kind, double size) {
    return String.format(Locale.ROOT, "%s %.1f%%", kind, size * 100);
  }

  public static void main(String[] args) {
    int systems = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    print(systems, run(systems, 2023));
  }

  /** The figures, one line per kind and size of loss, then the false alarms. */
  public static void print(int systems, Result result) {
    System.out.printf(
        "Loss detector on %d generated systems, two years each (%.0f system-years clean)%n",
        systems, result.systemYears());
    result
        .detected()
        .forEach(
            (key, counts) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-16s detected %4d of %4d (%.1f%%)%n",
                    key,
                    counts[0],
                    counts[1],
                    100.0 * counts[0] / counts[1]));
    System.out.printf(
        Locale.ROOT,
        "  false alarms on clean series: %d (%.3f per system-year)%n",
        result.falseAlarms(),
        result.falseAlarmsPerSystemYear());
  }
}
