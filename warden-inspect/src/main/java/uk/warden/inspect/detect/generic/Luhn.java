package uk.warden.inspect.detect.generic;

import uk.warden.inspect.detect.Chars;

/** The Luhn (mod 10) check used by payment cards, read straight from text past separators. */
final class Luhn {

  private Luhn() {}

  /** Whether the digits in {@code text[start, end)}, ignoring anything else, pass Luhn. */
  static boolean passes(CharSequence text, int start, int end) {
    int sum = 0;
    boolean doubled = false;
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (!Chars.isDigit(c)) {
        continue;
      }
      int digit = c - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
