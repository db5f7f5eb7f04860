package uk.warden.inspect.detect.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/**
 * Valid IBANs are published examples: GB82 WEST 1234 5698 7654 32 (the ECBS and SWIFT registry
 * example), DE89 3704 0044 0532 0130 00 and FR14 2004 1010 0505 0001 3M02 606 (Wikipedia,
 * "International Bank Account Number"), GB33BUKB20201555555555 (widely used UK example).
 */
class IbanDetectorTests implements DetectorContract {

  private final IbanDetector detector = new IbanDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("IBAN GB82 WEST 1234 5698 7654 32", "GB33BUKB20201555555555");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          IBAN: GB82 WEST 1234 5698 7654 32.  | GB82 WEST 1234 5698 7654 32
          DE89 3704 0044 0532 0130 00         | DE89 3704 0044 0532 0130 00
          FR14 2004 1010 0505 0001 3M02 606   | FR14 2004 1010 0505 0001 3M02 606
          pay to GB33BUKB20201555555555 today | GB33BUKB20201555555555
          """)
  void findsIbansOfTheRightLengthPassingMod97(String text, String iban) {
    assertThat(Detected.texts(detector, text)).containsExactly(iban);
    assertThat(Detected.only(detector, text).score()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82 WEST 1234 5698 7654 33", // check digits wrong
        "GB82WEST123456987654", // too short for GB
        "GB82WEST1234569876543212", // too long for GB
        "XX82WEST12345698765432", // no such country
        "gb82 west 1234 5698 7654 32", // not in capitals
        "GB82  WEST 1234 5698 7654 32" // two spaces
      })
  void ignoresWhatIsNotAnIban(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
