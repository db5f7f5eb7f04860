package uk.warden.inspect.detect.generic;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.DetectionRule;

/**
 * Card schemes by issuer prefix and length (ISO/IEC 7812 ranges as the schemes publish them). A
 * Luhn-valid number that no scheme issues is not reported: one random number in ten passes Luhn.
 */
enum CardBrand {
  VISA("visa"),
  MASTERCARD("mastercard"),
  AMEX("american-express"),
  DISCOVER("discover"),
  DINERS("diners-club"),
  JCB("jcb"),
  UNIONPAY("unionpay"),
  MAESTRO("maestro");

  private final DetectionRule rule;

  CardBrand(String name) {
    this.rule = DetectionRule.of(name, 0.5);
  }

  DetectionRule rule() {
    return rule;
  }

  /** The brand issuing numbers that start with {@code prefix} (first six digits), or null. */
  static @Nullable CardBrand of(int prefix, int length) {
    int p1 = prefix / 100_000;
    int p2 = prefix / 10_000;
    int p3 = prefix / 1_000;
    int p4 = prefix / 100;
    if (p1 == 4 && (length == 13 || length == 16 || length == 19)) {
      return VISA;
    }
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && length == 16) {
      return MASTERCARD;
    }
    if ((p2 == 34 || p2 == 37) && length == 15) {
      return AMEX;
    }
    boolean long16to19 = length >= 16 && length <= 19;
    if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && long16to19) {
      return DISCOVER;
    }
    if (p4 >= 3528 && p4 <= 3589 && long16to19) {
      return JCB;
    }
    if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39)
        && length >= 14
        && length <= 19) {
      return DINERS;
    }
    if (p2 == 62 && long16to19) {
      return UNIONPAY;
    }
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && length >= 13) {
      return MAESTRO;
    }
    return null;
  }
}
