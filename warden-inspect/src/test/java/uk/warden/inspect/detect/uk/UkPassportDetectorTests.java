package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Synthetic numbers in both published formats (DETECTORS.md §2: the anchors disagree). */
class UkPassportDetectorTests implements DetectorContract {

  private final UkPassportDetector detector = new UkPassportDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Passport number: 925665416", "passport AB1234567");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Passport number: 925665416     | 925665416
          passport no. AB1234567         | AB1234567
          HM Passport Office 502135326   | 502135326
          travel document 761234985      | 761234985
          """)
  void findsBothFormatsWithContext(String text, String number) {
    assertThat(Detected.texts(detector, text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "925665416", // nine digits and no context: Presidio's own test says so
        "AB1234567",
        "passport 123456789", // placeholder
        "passport 000000000",
        "passport 12345678",
        "passport ABC123456"
      })
  void needsContextAndRejectsPlaceholders(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
