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
 * Numbers are from Ofcom's ranges for TV, radio and other drama ("Telephone numbers for use in TV
 * and radio drama"): 020 7946 0000-0999, 0113 496 0000-0999, 0161 496 0000-0999, 0808 157
 * 0000-0999, 07700 900000-900999 and 01632 960000-960999. The national forms are the ones Presidio
 * missed by asking libphonenumber for region "UK" (DETECTORS.md §6 point 1).
 */
class UkPhoneDetectorTests implements DetectorContract {

  private final UkPhoneDetector detector = new UkPhoneDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Tel 020 7946 0958", "call +44 20 7946 0018");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tel: 020 7946 0958.          | 020 7946 0958      | gb-national-format
          (020) 7946 0958              | (020) 7946 0958    | gb-national-format
          020-7946-0958                | 020-7946-0958      | gb-national-format
          02079460958                  | 02079460958        | gb-national-format
          0113 496 0000                | 0113 496 0000      | gb-national-format
          0161 496 0999 (office)       | 0161 496 0999      | gb-national-format
          0808 157 0192                | 0808 157 0192      | gb-national-format
          +44 20 7946 0958             | +44 20 7946 0958   | gb-international-format
          +44 (0)20 7946 0018          | +44 (0)20 7946 0018 | gb-international-format
          0044 20 7946 0018            | 0044 20 7946 0018  | gb-international-format
          mobile 07700 900123          | 07700 900123       | ofcom-drama-range
          01632 960001                 | 01632 960001       | ofcom-drama-range
          """)
  void findsUkNumbersInNationalAndInternationalForm(String text, String number, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(number);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "020 7946 095", // too short
        "0000 000 0000", // no such range
        "12345678901", // no trunk prefix
        "01234 567890123", // runs on into more digits
        "NHS 9434765919",
        "+1 202 555 0143", // not +44
        "version 0.1.2"
      })
  void ignoresWhatIsNotAUkNumber(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void scoresValidNumbersAboveDramaNumbers() {
    double real = Detected.only(detector, "020 7946 0958").score();
    double drama = Detected.only(detector, "07700 900123").score();
    assertThat(real).isGreaterThan(drama);
  }
}
