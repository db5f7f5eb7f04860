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
 * Secrets that travel with personal data (the 2025 Wiltshire leak of door codes and passwords).
 * AKIAIOSFODNN7EXAMPLE is AWS's documented example access key id; the other values are synthetic.
 */
class SecretDetectorTests implements DetectorContract {

  private final SecretDetector detector = new SecretDetector();

  @Override
  public Detector detector() {
    return detector;
  }

  @Override
  public List<String> examples() {
    return List.of("password: Summer2024!", "Door code is 4471#");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          password: Summer2024!                          | Summer2024!                 | password-value
          Password = 'correct-horse'                     | correct-horse               | password-value
          The safe house door code is 4471#.             | 4471#                       | door-or-access-code
          PIN number 1234                                | 1234                        | pin-value
          access code: 2580                              | 2580                        | door-or-access-code
          keypad code 1379*                              | 1379*                       | door-or-access-code
          passcode was Tr0ub4dor                         | Tr0ub4dor                   | password-value
          aws key AKIAIOSFODNN7EXAMPLE                   | AKIAIOSFODNN7EXAMPLE        | vendor-token-prefix
          token xoxb-1234567890-abcdefghij               | xoxb-1234567890-abcdefghij  | vendor-token-prefix
          config aZ3kP9qLm2Xv7Rt5Wy8Bn4Cd here           | aZ3kP9qLm2Xv7Rt5Wy8Bn4Cd    | high-entropy-token
          """)
  void findsSecretValues(String text, String secret, String rule) {
    assertThat(Detected.texts(detector, text)).containsExactly(secret);
    assertThat(Detected.only(detector, text).explanation().rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password reset",
        "Password policy: change every 90 days",
        "the password is required",
        "PIN ****",
        "postcode SW1A 1AA",
        "the door code",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "id 123e4567-e89b-12d3-a456-426614174000",
        "HttpServletRequestWrapper",
        "a well-known, long-standing and much-discussed topic"
      })
  void ignoresWhatIsNotASecret(String text) {
    assertThat(Detected.texts(detector, text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void findsAPrivateKeyBlockWhole() {
    String key =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----";
    String text = "key:\n" + key + "\nend";
    assertThat(Detected.texts(detector, text)).containsExactly(key);
  }
}
