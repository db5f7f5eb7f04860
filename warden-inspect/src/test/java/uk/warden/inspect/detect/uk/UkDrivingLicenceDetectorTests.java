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
 * MORGA753116SM9IJ 35 is the specimen licence number shown in Wikipedia's "Driving licence in the
 * United Kingdom" (Sarah Meredyth Morgan); the others are built to the DVLA layout.
 */
class UkDrivingLicenceDetectorTests implements DetectorContract {

  private final UkDrivingLicenceDetector detector = new UkDrivingLicenceDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Licence MORGA753116SM9IJ 35", "MORGA 753116 SM9IJ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Driving licence MORGA753116SM9IJ      | MORGA753116SM9IJ
          MORGA753116SM9IJ 35                   | MORGA753116SM9IJ 35
          MORGA753116SM9IJ35                    | MORGA753116SM9IJ35
          licence no MORGA 753116 SM9IJ 35      | MORGA 753116 SM9IJ 35
          LI999802205A99BC                      | LI999802205A99BC
          SMITH862315JA9XY                      | SMITH862315JA9XY
          """)
  void findsSixteenCharacterNumbersWithOrWithoutIssueNumber(String text, String licence) {
    assertThat(Detected.texts(detector, text)).containsExactly(licence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MORGA713116SM9IJ", // month 13
        "MORGA763116SM9IJ", // month 63
        "MORGA753326SM9IJ", // day 32
        "M9RGA753116SM9IJ", // a letter after the 9 padding
        "99999753116SM9IJ", // no surname at all
        "morga753116sm9ij", // not in capitals
        "MORGA753116SM9I", // fifteen characters
        "MORGA753116SM9IJK"
      })
  void ignoresWhatBreaksTheDvlaLayout(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
