package uk.warden.app.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.policy.Codes;

class FindingMeaningsTests {

  @Test
  void hiddenContentIsDescribedInTheEnginesOwnWords() {
    for (HiddenContent code : HiddenContent.values()) {
      assertThat(FindingMeanings.of(code.name())).isEqualTo(code.description());
    }
  }

  @Test
  void everyPersonalDataTypeAndPolicyCodeHasAMeaningOfItsOwn() {
    for (EntityType type : EntityType.values()) {
      assertThat(FindingMeanings.of(type.name())).as(type.name()).isNotEqualTo(type.name());
    }
    for (String code :
        new String[] {Codes.WORKFORCE_MATCH, Codes.HIGH_RISK_COMBINATION, Codes.ROW_LEVEL_DATA}) {
      assertThat(FindingMeanings.of(code)).as(code).isNotEqualTo(code);
    }
  }

  @Test
  void aCodeWardenDoesNotKnowIsShownAsItIs() {
    assertThat(FindingMeanings.of("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
  }
}
