package uk.warden.inspect.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Verdict;

/**
 * Every real file of the shared corpus through the whole guard (format sniffing, the built-in
 * readers, detectors and policy): each must be reported with at least the codes its manifest names,
 * and the negative control must not be reported as a failed redaction.
 */
class CorpusRegressionTests {

  private static final Inspector INSPECTOR = Inspector.standard();

  @BeforeAll
  static void corpusIsHere() {
    Corpus.requirePresent();
  }

  static List<Corpus.Entry> entries() {
    return Corpus.entries();
  }

  @Test
  void theManifestListsFifteenFiles() {
    assertThat(Corpus.entries()).hasSize(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachFileIsReportedWithItsExpectedCodes(Corpus.Entry entry) throws Exception {
    FileReport report = INSPECTOR.inspect(entry.path(), Expectation.UNSTATED);
    Set<String> codes = report.findings().stream().map(Finding::code).collect(Collectors.toSet());

    if (entry.negativeControl()) {
      assertThat(codes).as(entry.note()).doesNotContain("PDF_TEXT_UNDER_BOX", "UNINSPECTABLE");
    } else {
      assertThat(codes).as(entry.note()).containsAll(entry.expected());
      assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
    }
  }
}
