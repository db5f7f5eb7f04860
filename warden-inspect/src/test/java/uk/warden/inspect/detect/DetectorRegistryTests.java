package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DetectorRegistryTests {

  private final DetectorRegistry builtIn = DetectorRegistry.builtIn();

  @Test
  void hasOneBuiltInDetectorPerEntityType() {
    assertThat(builtIn.detectors())
        .extracting(Detector::type)
        .containsExactlyInAnyOrder(EntityType.values());
  }

  @Test
  void switchesTypesOffPerDeployment() {
    DetectorRegistry withoutNhs = builtIn.disable(EntityType.UK_NHS_NUMBER, EntityType.SECRET);
    assertThat(withoutNhs.detectors())
        .extracting(Detector::type)
        .doesNotContain(EntityType.UK_NHS_NUMBER, EntityType.SECRET)
        .hasSize(EntityType.values().length - 2);
    assertThat(withoutNhs.scanner().scan("NHS number 943 476 5919")).isEmpty();
    assertThat(builtIn.detectors()).hasSize(EntityType.values().length);
  }

  @Test
  void runsOnlyTheTypesEnabled() {
    DetectorRegistry onlyEmail = builtIn.enableOnly(EnumSet.of(EntityType.EMAIL));
    assertThat(onlyEmail.detectors()).extracting(Detector::type).containsExactly(EntityType.EMAIL);
    assertThat(builtIn.enableOnly(Set.of()).detectors()).isEmpty();
  }

  @Test
  void replacesContextWordsPerDeployment() {
    String text = "BACS 40-47-84";
    assertThat(builtIn.scanner().scan(text)).isEmpty();
    DetectorRegistry tuned =
        builtIn.withContextWords(EntityType.UK_SORT_CODE, ContextWords.of("bacs"));
    Detector sortCodes =
        tuned.detectors().stream()
            .filter(d -> d.type() == EntityType.UK_SORT_CODE)
            .findFirst()
            .orElseThrow();
    assertThat(tuned.contextWordsFor(sortCodes).positive()).containsExactly("bacs");
    assertThat(tuned.scanner().scan(text))
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo(EntityType.UK_SORT_CODE));
  }

  @Test
  void findsPluginsWithTheServiceLoader() {
    DetectorRegistry withPlugins = builtIn.withPlugins(getClass().getClassLoader());
    assertThat(withPlugins.detectors()).anyMatch(d -> d instanceof ExamplePluginDetector);
    List<Detection> found = withPlugins.scanner().scan("ref WRD-1234");
    assertThat(found)
        .singleElement()
        .satisfies(d -> assertThat(d.explanation().rule()).isEqualTo("wrd-reference"));
  }

  @Test
  void acceptsDetectorsAddedInCode() {
    DetectorRegistry registry = DetectorRegistry.of(List.of()).with(new ExamplePluginDetector());
    assertThat(registry.scanner().scan("WRD-0001")).hasSize(1);
  }
}
