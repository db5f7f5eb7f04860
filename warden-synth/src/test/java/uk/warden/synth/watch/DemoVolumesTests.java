package uk.warden.synth.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.watch.LossDetector;
import uk.warden.core.watch.LossFinding;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.LossShape;
import uk.warden.core.watch.VolumeSnapshot;
import uk.warden.synth.ForceSpec;
import uk.warden.synth.SyntheticForce;
import uk.warden.watch.manifest.ManifestEntry;

/** The demo's two stories are what the detector finds, and nothing else is. */
class DemoVolumesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static List<DataSystem> systems;
  private static DemoVolumes volumes;

  @BeforeAll
  static void generate() {
    systems = SyntheticForce.generate(new ForceSpec(3_000, 2023, TODAY)).systems();
    volumes = DemoVolumes.generate(2023, TODAY, systems);
  }

  @Test
  void everySystemHasTwoYearsOfDailyCountsEndingToday() {
    Map<String, List<VolumeSnapshot>> series = series();
    assertThat(series.keySet())
        .containsExactlyInAnyOrderElementsOf(systems.stream().map(DataSystem::code).toList());
    series
        .values()
        .forEach(
            days -> {
              assertThat(days).hasSize(DemoVolumes.DAYS);
              assertThat(days.get(days.size() - 1).day()).isEqualTo(TODAY);
            });
  }

  @Test
  void theDetectorFindsTheBodyWornVideoLossAndTheCreepingBackupLossAndNothingElse() {
    LossDetector detector = LossDetector.standard();
    Map<String, List<VolumeSnapshot>> series = series();
    for (DataSystem system : systems) {
      List<LossFinding> found =
          detector.detect(
              series.get(system.code()), volumes.explained(system.code(), TODAY), system.marking());
      switch (system.code()) {
        case DemoVolumes.BWV -> {
          assertThat(found).hasSize(1);
          LossFinding loss = found.get(0);
          assertThat(loss.shape()).isEqualTo(LossShape.SUDDEN);
          assertThat(loss.severity()).isEqualTo(LossSeverity.HIGH);
          assertThat(loss.from()).isEqualTo(TODAY.minusDays(8));
          assertThat((double) loss.objects())
              .isCloseTo(DemoVolumes.BWV_LOST, org.assertj.core.data.Percentage.withPercentage(5));
        }
        case DemoVolumes.BACKUPS -> {
          assertThat(found).isNotEmpty();
          assertThat(found).allMatch(loss -> loss.shape() == LossShape.CREEPING);
          assertThat(found.get(0).from()).isAfter(TODAY.minusDays(22));
        }
        default -> assertThat(found).as(system.code()).isEmpty();
      }
    }
  }

  @Test
  void theMigrationsManifestsDifferByExactlyTheLostClips() {
    DemoVolumes.Migration migration = volumes.migration();
    assertThat(migration).isNotNull();
    Set<String> after =
        migration.after().entries().stream().map(ManifestEntry::path).collect(Collectors.toSet());
    Set<String> missing = new HashSet<>();
    for (ManifestEntry entry : migration.before().entries()) {
      if (!after.contains(entry.path())) {
        missing.add(entry.path());
      }
    }
    assertThat(missing).hasSize(DemoVolumes.BWV_LOST);
    assertThat(migration.before().entries()).hasSizeGreaterThanOrEqualTo(240_000);
    assertThat(migration.from()).isBefore(TODAY.minusDays(8));
    assertThat(migration.to()).isAfter(TODAY.minusDays(8));
    Marking marking =
        systems.stream()
            .filter(s -> s.code().equals(DemoVolumes.BWV))
            .findFirst()
            .orElseThrow()
            .marking();
    assertThat(marking.sensitive()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameHistory() {
    DemoVolumes again = DemoVolumes.generate(2023, TODAY, systems);
    assertThat(again.counts()).isEqualTo(volumes.counts());
    assertThat(again.migration().after()).isEqualTo(volumes.migration().after());
  }

  private static Map<String, List<VolumeSnapshot>> series() {
    return volumes.counts().stream()
        .collect(
            Collectors.groupingBy(
                DemoVolumes.Count::system,
                Collectors.mapping(DemoVolumes.Count::snapshot, Collectors.toList())));
  }
}
