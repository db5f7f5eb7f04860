package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/**
 * Valid postcodes are the format examples of the UK Government Data Standards Catalogue as quoted
 * in Wikipedia's "Postcodes in the United Kingdom" (M1 1AE, B33 8TH, CR2 6XH, DN55 1PT, W1A 0AX,
 * EC1A 1BB), Buckingham Palace's SW1A 1AA and Girobank's GIR 0AA.
 */
class UkPostcodeDetectorTests implements DetectorContract {

  private final UkPostcodeDetector detector = new UkPostcodeDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Address: 1 Road, SW1A 1AA", "EC1A1BB");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "DN55 1PT",
        "W1A 0AX",
        "EC1A 1BB",
        "SW1A 1AA",
        "GIR 0AA",
        "EC1A1BB",
        "BT1 5GS"
      })
  void findsEveryOutwardFormat(String postcode) {
    String text = "Home address: 12 Any Street, " + postcode + ".";
    assertThat(Detected.texts(detector, text)).containsExactly(postcode);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A1 2BC", // no postcode area "A"
        "QA1 1AA", // Q never first
        "M1 1CA", // C never in the inward letters
        "AB12 3CD", // C again
        "SW1A 1AAA",
        "m1 1ae", // not in capitals
        "EC1A 1B",
        "XX1 1AA" // X never first
      })
  void ignoresWhatIsNotAPostcode(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
