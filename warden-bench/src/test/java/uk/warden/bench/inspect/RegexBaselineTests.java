package uk.warden.bench.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.detect.EntityType;

class RegexBaselineTests {

  /** One example per type, in the context its pattern asks for. */
  private static final Map<EntityType, String> EXAMPLES =
      Map.ofEntries(
          Map.entry(EntityType.PERSON_NAME, "seen by Mrs Jane Smith today"),
          Map.entry(EntityType.EMAIL, "write to jane.smith@force.police.uk now"),
          Map.entry(EntityType.UK_PHONE, "call +44 20 7946 0958 now"),
          Map.entry(EntityType.UK_POSTCODE, "lives at SW1A 1AA now"),
          Map.entry(EntityType.UK_NINO, "number AB 12 34 56 C here"),
          Map.entry(EntityType.UK_NHS_NUMBER, "number 943 476 5919 here"),
          Map.entry(EntityType.UK_DRIVING_LICENCE, "licence MORGA753116SM9IJ here"),
          Map.entry(EntityType.UK_PASSPORT, "passport number 123456789 here"),
          Map.entry(EntityType.UK_VEHICLE_REG, "vehicle BD51 SMR seen"),
          Map.entry(EntityType.UK_SORT_CODE, "sort code 40-47-84 here"),
          Map.entry(EntityType.UK_BANK_ACCOUNT, "account number 12345678 here"),
          Map.entry(EntityType.CARD_NUMBER, "card 4242 4242 4242 4242 here"),
          Map.entry(EntityType.IBAN, "pay GB82WEST12345698765432 here"),
          Map.entry(EntityType.IP_ADDRESS, "from 192.0.2.10 here"),
          Map.entry(EntityType.DATE_OF_BIRTH, "DOB: 12/03/1984 here"),
          Map.entry(EntityType.POLICE_RANK, "the Inspector said"),
          Map.entry(EntityType.PAY_NUMBER, "pay number 123456 here"),
          Map.entry(EntityType.COLLAR_NUMBER, "collar number 4567 here"),
          Map.entry(EntityType.SECRET, "password: hunter2 here"));

  @Test
  void everyTypeHasAPatternThatFindsItsExample() {
    assertThat(RegexBaseline.PATTERNS).hasSize(EntityType.values().length);
    EXAMPLES.forEach(
        (type, example) ->
            assertThat(RegexBaseline.countByType(List.of(example)))
                .as(example)
                .containsEntry(type, 1L));
  }

  @Test
  void theTimedAndTheLabelledAlternationsMatchTheSame() {
    List<String> pieces = MixedText.pieces(MixedText.generate(200_000, MixedText.SEED));
    long labelled =
        RegexBaseline.countByType(pieces).values().stream().mapToLong(Long::longValue).sum();
    assertThat(RegexBaseline.count(pieces)).isEqualTo(labelled).isGreaterThan(1_000);
  }

  @Test
  void theTextIsTheSameForTheSameSizeAndSeed() {
    assertThat(MixedText.generate(100_000, 1)).isEqualTo(MixedText.generate(100_000, 1));
    assertThat(MixedText.generate(100_000, 1)).isNotEqualTo(MixedText.generate(100_000, 2));
    assertThat(MixedText.generate(100_000, 1)).hasSize(100_000);
  }
}
