package uk.warden.inspect.detect.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Shapes from DOMAIN.md §5.3: one to five digits, or a Met unit code and digits. */
class CollarNumberDetectorTests implements DetectorContract {

  private final CollarNumberDetector detector = new CollarNumberDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("PC 1234 attended", "collar number 567");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PC 1234 attended               | 1234   | one-to-five-digits
          collar number 567              | 567    | one-to-five-digits
          PCSO 7123                      | 7123   | one-to-five-digits
          warrant no. 12345              | 12345  | one-to-five-digits
          shoulder number CW 123         | CW 123 | met-unit-code-and-digits
          Collar: TX1234                 | TX1234 | met-unit-code-and-digits
          """)
  void findsCollarNumbersStraightAfterContext(String text, String number, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(number);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234", // any small number
        "PC Smith arrived at the station at 10", // too far from "PC"
        "collar size 1,234",
        "PC 123456",
        "collar 12.5"
      })
  void needsContextRightBeforeIt(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
