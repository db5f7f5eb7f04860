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

/**
 * Prefix rules from HMRC's National Insurance Manual (NIM39110). The valid numbers are synthetic
 * ones on allocatable prefixes; QQ 12 34 56 C is HMRC's specimen, printed on its forms.
 */
class UkNinoDetectorTests implements DetectorContract {

  private final UkNinoDetector detector = new UkNinoDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("NI number AB 12 34 56 C", "AB123456C");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NI number AB 12 34 56 C        | AB 12 34 56 C
          AB123456C                      | AB123456C
          AZ 123 456 A                   | AZ 123 456 A
          JG103204D,                     | JG103204D
          AB123456 C                     | AB123456 C
          national insurance ab123456c   | ab123456c
          """)
  void findsNumbersWhateverTheSpacing(String text, String nino) {
    assertThat(Detected.texts(detector, text)).containsExactly(nino);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NINO BG328951C", // BG is not allocated (Presidio reports it: DETECTORS.md §6 point 3)
        "GB123456A",
        "NK 12 34 56 B",
        "DA123456A", // D never used
        "AO123456A", // O never second
        "FQ123456A",
        "AB123456E", // suffix is A to D
        "AB12345C", // five digits
        "ab123456c", // small letters without context
        "AB123456CD"
      })
  void rejectsNumbersThePrefixOrSuffixRulesExclude(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @Test
  void reportsHmrcsSpecimenAsSuchAtALowScore() {
    Detection specimen = Detected.only(detector, "QQ 12 34 56 C");
    assertThat(specimen.explanation().rule()).isEqualTo("hmrc-specimen-prefix-qq");
    assertThat(specimen.score()).isLessThan(Detected.only(detector, "AB 12 34 56 C").score());
  }
}
