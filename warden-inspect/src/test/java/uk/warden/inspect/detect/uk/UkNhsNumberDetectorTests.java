package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detection;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;
import uk.warden.inspect.detect.TextScanner;
import uk.warden.inspect.detect.Validation;

/**
 * 943 476 5919 is the NHS's own example (nhs.uk, "What is an NHS number?"); 401 023 2137 and 450
 * 557 7104 are synthetic numbers that pass the check.
 */
class UkNhsNumberDetectorTests implements DetectorContract {

  private final UkNhsNumberDetector detector = new UkNhsNumberDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("NHS number 943 476 5919", "Patient 401-023-2137");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NHS number: 943 476 5919          | 943 476 5919
          Patient 401-023-2137 admitted     | 401-023-2137
          NHS No 4505577104                 | 4505577104
          national health service 9434765919 | 9434765919
          """)
  void findsCheckedNumbersWithContextAtHighScore(String text, String number) {
    Detection detection = Detected.only(detector, text);
    assertThat(detection.textIn(text)).hasToString(number);
    assertThat(detection.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(detection.explanation().validation()).isEqualTo(Validation.CONFIRMED);
    assertThat(detection.explanation().contextWord()).isNotNull();
  }

  @Test
  void reportsACheckedNumberWithoutContextOnlyAtALowScore() {
    // One random ten-digit number in eleven passes mod 11 (DETECTORS.md §6 point 2).
    Detection bare = Detected.only(detector, "9434765919");
    assertThat(bare.score()).isLessThan(0.5);
    assertThat(bare.explanation().contextWord()).isNull();
  }

  @Test
  void takesContextFromTheColumnHeader() {
    List<Detection> found = TextScanner.of(List.of(detector)).scan("9434765919", "NHS Number");
    assertThat(found).singleElement().satisfies(d -> assertThat(d.score()).isGreaterThan(0.9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NHS number 943 476 5918", // fails mod 11
        "see page 9434765919", // a page id, as Confluence's in speakeasy-api/gram #5106
        "https://wiki.example/pages/9434765919",
        "order ref 9434765919",
        "NHS number 0000000000",
        "NHS number 943 476 59190",
        "NHS number 943-476 5919" // mixed separators
      })
  void ignoresNumbersThatFailOrSitInTheWrongContext(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
