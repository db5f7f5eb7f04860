package uk.warden.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.Marking;

class LossDetectorTests {

  private static final LocalDate START = LocalDate.of(2025, 1, 6);

  /** A store growing ~1,000 files a weekday and ~100 a weekend day, with a little noise. */
  private static long[] store(int days, long seed) {
    Random random = new Random(seed);
    long[] objects = new long[days];
    objects[0] = 500_000;
    for (int t = 1; t < days; t++) {
      DayOfWeek day = START.plusDays(t).getDayOfWeek();
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      objects[t] =
          objects[t - 1] + (weekend ? 100 : 1_000) + Math.round(random.nextGaussian() * 60);
    }
    return objects;
  }

  private static List<VolumeSnapshot> series(long[] objects) {
    List<VolumeSnapshot> series = new ArrayList<>();
    for (int t = 0; t < objects.length; t++) {
      series.add(new VolumeSnapshot(START.plusDays(t), objects[t], objects[t] * 1_000));
    }
    return series;
  }

  private static List<LossFinding> detect(long[] objects, List<ExpectedChange> explained) {
    return LossDetector.standard().detect(series(objects), explained, Marking.OFFICIAL);
  }

  @Test
  void aSteadyStoreWithQuietWeekendsRaisesNothing() {
    assertThat(detect(store(365, 1), List.of())).isEmpty();
  }

  @Test
  void aSuddenLossIsFoundOnItsDayWithItsSize() {
    long[] objects = store(200, 2);
    for (int t = 150; t < objects.length; t++) {
      objects[t] -= 96_174;
    }

    List<LossFinding> findings = detect(objects, List.of());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.shape()).isEqualTo(LossShape.SUDDEN);
              assertThat(f.from()).isEqualTo(START.plusDays(150));
              assertThat(f.objects()).isBetween(96_174L, 98_000L);
              assertThat(f.severity()).isEqualTo(LossSeverity.HIGH);
            });
  }

  @Test
  void aDropEveryDayForThreeWeeksIsOneCreepingLossNotOneADay() {
    long[] objects = store(200, 3);
    long lost = 0;
    for (int t = 170; t < objects.length; t++) {
      lost += 2_500;
      objects[t] -= lost;
    }

    List<LossFinding> findings = detect(objects, List.of());

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.shape()).isEqualTo(LossShape.CREEPING);
              assertThat(f.from()).isBetween(START.plusDays(170), START.plusDays(172));
              assertThat(f.to()).isBetween(START.plusDays(195), START.plusDays(199));
            });
  }

  @Test
  void aRecordedDeletionExplainsTheSameDrop() {
    long[] objects = store(200, 2);
    for (int t = 150; t < objects.length; t++) {
      objects[t] -= 96_174;
    }
    LocalDate day = START.plusDays(150);
    ExpectedChange certificate =
        new ExpectedChange(day, day, 96_174, ExpectedChange.Reason.DELETION, "DC-2025-114");

    assertThat(detect(objects, List.of(certificate))).isEmpty();
  }

  @Test
  void aLossHiddenInGrowthIsFoundThoughTheCountNeverFalls() {
    long[] objects = store(200, 3);
    for (int t = 120; t < objects.length; t++) {
      objects[t] -= 900;
    }
    assertThat(objects[120]).isGreaterThan(objects[119] - 1_000);

    assertThat(detect(objects, List.of()))
        .anySatisfy(f -> assertThat(f.from()).isEqualTo(START.plusDays(120)));
  }

  @Test
  void aCreepingLossIsFoundAsARun() {
    long[] objects = store(240, 4);
    long lost = 0;
    for (int t = 150; t < objects.length; t++) {
      if (t < 180) {
        lost += 400;
      }
      objects[t] -= lost;
    }

    List<LossFinding> findings = detect(objects, List.of());

    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.shape()).isEqualTo(LossShape.CREEPING);
              assertThat(f.from()).isBetween(START.plusDays(150), START.plusDays(165));
            });
  }

  @Test
  void protectedDataRaisesTheSeverity() {
    assertThat(LossSeverity.of(500, 0.001, Marking.OFFICIAL)).isEqualTo(LossSeverity.LOW);
    assertThat(LossSeverity.of(500, 0.001, Marking.OFFICIAL_SENSITIVE))
        .isEqualTo(LossSeverity.MEDIUM);
    assertThat(LossSeverity.of(20_000, 0.001, Marking.OFFICIAL)).isEqualTo(LossSeverity.HIGH);
  }

  @Test
  void snapshotsOutOfOrderAreRefused() {
    List<VolumeSnapshot> series =
        List.of(new VolumeSnapshot(START.plusDays(1), 10, 10), new VolumeSnapshot(START, 10, 10));
    assertThatThrownBy(() -> LossDetector.standard().detect(series, List.of(), Marking.OFFICIAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day order");
  }
}
