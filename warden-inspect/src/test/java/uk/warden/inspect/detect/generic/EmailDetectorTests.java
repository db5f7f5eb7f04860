package uk.warden.inspect.detect.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Addresses on the RFC 2606 reserved domains (example.com, .org) are no one's. */
class EmailDetectorTests implements DetectorContract {

  private final EmailDetector detector = new EmailDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Contact jane.doe@example.com today", "j.smith@force.local");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Contact jane.doe@example.com today  | jane.doe@example.com          | address-on-public-domain
          <first.last+tag@sub.example.org>    | first.last+tag@sub.example.org | address-on-public-domain
          Email: a.b@example.co.uk.           | a.b@example.co.uk              | address-on-public-domain
          J_Smith-99@force.local              | J_Smith-99@force.local         | address-on-internal-domain
          """)
  void findsAddresses(String text, String address, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(address);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user@localhost",
        "name@domain.notatld",
        "a..b@example.com",
        "@example.com",
        "user@.example.com",
        "user@-bad.example.com",
        "follow @warden on social media",
        "x@y",
        "trailing.@example.com"
      })
  void ignoresWhatIsNotAnAddress(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
