package uk.warden.inspect.detect.uk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compiled automaton must answer exactly as libphonenumber does. */
class GbNumberValidityTests {

  private static final String[] PREFIXES = {
    "1481", "1534", "1624", "7781", "7839", "7911", "7700900", "1632960", "20794", "7624", "7509",
    "800", "845", "8001111", "7457", "76464", "56", "70", "3", "55", "113496", "1614960", "808157"
  };

  private final GbNumberValidity validity = new GbNumberValidity();
  private final PhoneNumberUtil libphonenumber = PhoneNumberUtil.getInstance();

  @Test
  void compilesTheCurrentMetadata() {
    assertThat(validity.compiled()).isTrue();
  }

  @Test
  void agreesWithLibphonenumberOnManyNumbers() {
    SplittableRandom random = new SplittableRandom(44);
    int valid = 0;
    for (int i = 0; i < 60_000; i++) {
      String digits = candidate(random);
      long number = Long.parseLong(digits);
      boolean expected =
          libphonenumber.isValidNumber(
              new PhoneNumber().setCountryCode(44).setNationalNumber(number));
      assertThat(validity.isValid(number, digits.length())).as(digits).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).as("the sample holds valid numbers too").isGreaterThan(5_000);
  }

  /** Seven to ten digits, a third of them after a prefix where the regions' rules differ. */
  private static String candidate(SplittableRandom random) {
    int length = 7 + random.nextInt(4);
    StringBuilder digits = new StringBuilder();
    if (random.nextInt(3) == 0) {
      digits.append(PREFIXES[random.nextInt(PREFIXES.length)]);
    } else {
      digits.append(1 + random.nextInt(9));
    }
    while (digits.length() < length) {
      digits.append(random.nextInt(10));
    }
    return digits.substring(0, length);
  }
}
