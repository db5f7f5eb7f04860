package uk.warden.inspect.detect.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detection;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;
import uk.warden.inspect.detect.Validation;

/**
 * Valid numbers are payment providers' published test cards: Stripe's "Testing" page (4242..., 4000
 * 0566..., 5555..., 2223..., 3782..., 6011..., 3056..., 3566..., 6200...) and Braintree's and
 * PayPal's 4111 1111 1111 1111.
 */
class CardNumberDetectorTests implements DetectorContract {

  private final CardNumberDetector detector = new CardNumberDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("card 4242 4242 4242 4242", "4111111111111111");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Card: 4242 4242 4242 4242, exp 12/26 | 4242 4242 4242 4242 | visa
          4000056655665556                     | 4000056655665556    | visa
          5555 5555 5555 4444                  | 5555 5555 5555 4444 | mastercard
          2223003122003222                     | 2223003122003222    | mastercard
          amex 3782 822463 10005               | 3782 822463 10005   | american-express
          6011-1111-1111-1117                  | 6011-1111-1111-1117 | discover
          3056930009020004                     | 3056930009020004    | diners-club
          3566002020360505                     | 3566002020360505    | jcb
          6200000000000005                     | 6200000000000005    | unionpay
          4111 1111 1111 1111 2026             | 4111 1111 1111 1111 | visa
          """)
  void findsLuhnValidNumbersOfKnownSchemes(String text, String number, String brand) {
    Detection detection = Detected.only(detector, text);
    assertThat(detection.textIn(text)).hasToString(number);
    assertThat(detection.explanation().rule()).isEqualTo(brand);
    assertThat(detection.explanation().validation()).isEqualTo(Validation.CONFIRMED);
    assertThat(detection.score()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4242 4242 4242 4241", // fails Luhn
        "1234 5678 9012 3452", // no scheme issues numbers starting with 1
        "0000 0000 0000 0000",
        "4242-4242 4242-4242", // mixed separators
        "42424242424242424242", // 20 digits
        "Order 9434765919", // ten digits
        "4242 4242 4242 4242a"
      })
  void ignoresNumbersThatAreNotCards(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
