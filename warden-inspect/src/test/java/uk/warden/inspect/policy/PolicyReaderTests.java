package uk.warden.inspect.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;
import uk.warden.inspect.report.Verdict;

class PolicyReaderTests {

  private static final String ALL =
      """
      situations:
        personal-data-hidden: BLOCK
        row-level-in-aggregate: BLOCK
        high-risk-combination: BLOCK
        workforce-match: BLOCK
        secret: BLOCK
        personal-data-visible: block
        personal-data-expected: PASS
        hidden-structure: REVIEW
        metadata: PASS
        uninspectable: BLOCK
      """;

  @Test
  void theBuiltInPolicyFailsClosed() {
    Policy policy = Policy.standard();
    assertThat(policy.verdict(Situation.PERSONAL_DATA_HIDDEN, "PERSON_NAME"))
        .isEqualTo(Verdict.BLOCK);
    assertThat(policy.verdict(Situation.METADATA, "DOCUMENT_PROPERTIES")).isEqualTo(Verdict.REVIEW);
    assertThat(policy.verdict(Situation.HIDDEN_STRUCTURE, "MACROS")).isEqualTo(Verdict.BLOCK);
    assertThat(policy.rowLevelRows()).isEqualTo(10);
  }

  @Test
  void aForceCanRelaxMetadataAndTightenVisibleData() {
    Policy policy = PolicyReader.read(ALL + "codes:\n  IMAGE_METADATA: BLOCK\n", "force.yaml");
    assertThat(policy.verdict(Situation.METADATA, "DOCUMENT_PROPERTIES")).isEqualTo(Verdict.PASS);
    assertThat(policy.verdict(Situation.METADATA, "IMAGE_METADATA")).isEqualTo(Verdict.BLOCK);
    assertThat(policy.verdict(Situation.PERSONAL_DATA_VISIBLE, "EMAIL")).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void mistakesNameTheFileAndTheKey() {
    assertThatThrownBy(() -> PolicyReader.read(ALL.replace("  secret: BLOCK\n", ""), "force.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("force.yaml")
        .hasMessageContaining("situations.secret")
        .hasMessageContaining("missing");
    assertThatThrownBy(
            () ->
                PolicyReader.read(ALL.replace("uninspectable: BLOCK", "uninspectable: PASS"), "p"))
        .hasMessageContaining("can never be PASS");
    assertThatThrownBy(() -> PolicyReader.read(ALL + "codes:\n  NOT_A_CODE: BLOCK\n", "p"))
        .hasMessageContaining("codes.NOT_A_CODE");
    assertThatThrownBy(
            () -> PolicyReader.read(ALL.replace("metadata: PASS", "metadata: MAYBE"), "p"))
        .hasMessageContaining("PASS, REVIEW or BLOCK");
    assertThatThrownBy(() -> PolicyReader.read("situations: [", "p"))
        .hasMessageContaining("not valid YAML");
  }
}
