package uk.warden.watch.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseRuleTests {

  @Test
  void firstFolderIsTheCaseByDefault() {
    CaseRule rule = CaseRule.firstFolder();

    assertThat(rule.caseOf("23-12345-01/interview/a.mp4")).isEqualTo("23-12345-01");
    assertThat(rule.caseOf("loose-file.mp4")).isEqualTo(CaseRule.NO_CASE);
  }

  @Test
  void aPatternFindsTheCaseReferenceInTheFileName() {
    CaseRule rule = CaseRule.pattern(Pattern.compile("([0-9]{2}-[0-9]{5}-[0-9]{2})"));

    assertThat(rule.caseOf("bwv/2023-07-14/BWV_23-12345-01_0931.mp4")).isEqualTo("23-12345-01");
    assertThat(rule.caseOf("bwv/2023-07-14/unlabelled.mp4")).isEqualTo(CaseRule.NO_CASE);
  }

  @Test
  void aPatternNeedsExactlyOneGroup() {
    assertThatThrownBy(() -> CaseRule.pattern(Pattern.compile("[0-9]+")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one group");
    assertThatThrownBy(() -> CaseRule.pattern(Pattern.compile("(a)(b)")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
