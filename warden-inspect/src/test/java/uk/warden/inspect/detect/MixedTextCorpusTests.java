package uk.warden.inspect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MixedTextCorpusTests {

  @Test
  void isTheSameForTheSameSeedAndSize() {
    assertThat(MixedTextCorpus.generate(50_000, 1)).isEqualTo(MixedTextCorpus.generate(50_000, 1));
    assertThat(MixedTextCorpus.generate(50_000, 1))
        .isNotEqualTo(MixedTextCorpus.generate(50_000, 2));
    assertThat(MixedTextCorpus.generate(50_000, 1)).hasSize(50_000);
  }

  @Test
  void exportsHoldMorePersonalDataThanDocuments() {
    TextScanner scanner = DetectorRegistry.builtIn().scanner();
    int documents = scanner.scan(MixedTextCorpus.generate(200_000, 3)).size();
    int exports =
        scanner.scan(MixedTextCorpus.generate(200_000, 3, MixedTextCorpus.Mix.EXPORTS)).size();
    assertThat(exports).isGreaterThan(documents);
  }

  @Test
  void holdsMostKindsOfIdentifier() {
    String text = MixedTextCorpus.generate(300_000, 2023);
    Set<EntityType> found =
        DetectorRegistry.builtIn().scanner().scan(text).stream()
            .map(Detection::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntityType.class)));
    assertThat(found)
        .contains(
            EntityType.PERSON_NAME,
            EntityType.EMAIL,
            EntityType.UK_PHONE,
            EntityType.UK_POSTCODE,
            EntityType.UK_NINO,
            EntityType.UK_NHS_NUMBER,
            EntityType.CARD_NUMBER,
            EntityType.IP_ADDRESS,
            EntityType.DATE_OF_BIRTH,
            EntityType.POLICE_RANK,
            EntityType.PAY_NUMBER,
            EntityType.COLLAR_NUMBER,
            EntityType.SECRET);
  }
}
