package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/**
 * BD51 SMR is the DVLA's own example of the current format (INF104, "Vehicle registration numbers
 * and number plates"); the prefix and suffix marks are made up to those formats.
 */
class UkVehicleRegDetectorTests implements DetectorContract {

  private final UkVehicleRegDetector detector = new UkVehicleRegDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Vehicle BD51 SMR", "BD51SMR");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Seen: BD51 SMR on the A1         | BD51 SMR  | current-format
          BD51SMR                          | BD51SMR   | current-format
          LV72 ZXY                         | LV72 ZXY  | current-format
          Registration A123 BCD            | A123 BCD  | prefix-format
          old car ABC 123D                 | ABC 123D  | suffix-format
          vehicle reg bd51 smr             | bd51 smr  | small-letters
          """)
  void findsMarksInAllThreeFormats(String text, String mark, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(mark);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Box 12 A", // Presidio's case-insensitive suffix pattern reports this (DETECTORS.md §6)
        "it was 12 a.m.",
        "bd51 smr", // small letters need context
        "IQ51 ABC", // I is no DVLA region
        "BD00 SMR", // no age identifier 00
        "BD30 SMR", // nor 30
        "BD51 SQR", // Q never appears
        "A012 BCD", // serials have no leading zero
        "ABC 123Z" // Z is no year letter
      })
  void ignoresWhatIsNotAMark(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
