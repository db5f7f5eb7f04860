package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.warden.inspect.detect.Detected;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.DetectorContract;

/** Synthetic account numbers; any eight digits would do, so context decides. */
class UkBankAccountDetectorTests implements DetectorContract {

  private final UkBankAccountDetector detector = new UkBankAccountDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("Account number 31926819", "a/c 87654321");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Account number 31926819          | 31926819
          a/c 87654321                     | 87654321
          Acc No: 12345678                 | 12345678
          bank account: 55779911           | 55779911
          """)
  void findsEightDigitsAfterContext(String text, String account) {
    assertThat(Detected.texts(detector, text)).containsExactly(account);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31926819", // no context
        "reference 31926819",
        "account number 1234567",
        "account number 123456789",
        "account number 11111111"
      })
  void needsContextAndEightDigits(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }
}
