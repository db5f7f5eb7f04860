package uk.warden.inspect.detect.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Synthetic numbers: no format is published (DOMAIN.md §5.3). */
class PayNumberDetectorTests implements DetectorContract {

  private final PayNumberDetector detector = new PayNumberDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Pay number: 123456", "staff no MP004512");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Pay number: 123456            | 123456
          staff no MP004512             | MP004512
          PSNI service number 54321     | 54321
          Employee No. 12345678         | 12345678
          payroll 7654                  | 7654
          """)
  void findsPayNumbersAfterContext(String text, String number) {
    assertThat(Detected.texts(detector, text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456", // no context
        "pay number 123",
        "pay number 123456789",
        "pay number 12.5",
        "pay number ABC1234",
        "pay number mp004512"
      })
  void needsContextAndTheShape(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @Test
  void takesAForcesOwnShape() {
    PayNumberDetector sixDigits = new PayNumberDetector(new PayNumberShape(0, 6, 6));
    assertThat(Detected.texts(sixDigits, "pay number 123456")).containsExactly("123456");
    assertThat(Detected.texts(sixDigits, "pay number 12345")).isEmpty();
    assertThat(Detected.texts(sixDigits, "pay number MP123456")).isEmpty();
  }
}
