package uk.warden.inspect.scan;

/**
 * A masked example of a found value, enough to recognise the kind of thing found without disclosing
 * it: the first letter of each word, the last two digits, punctuation as it is.
 */
final class Masking {

  private static final int LONGEST = 32;
  private static final char HIDDEN = '•';

  private Masking() {}

  static String mask(CharSequence value) {
    int length = Math.min(value.length(), LONGEST);
    int digits = 0;
    for (int i = 0; i < length; i++) {
      if (Character.isDigit(value.charAt(i))) {
        digits++;
      }
    }
    StringBuilder masked = new StringBuilder(length);
    boolean wordStart = true;
    int digitsSeen = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        masked.append(wordStart ? c : HIDDEN);
        wordStart = false;
      } else if (Character.isDigit(c)) {
        digitsSeen++;
        // Short numbers (a collar number) show nothing; long ones their last two digits.
        masked.append(digits >= 6 && digitsSeen > digits - 2 ? c : HIDDEN);
        wordStart = false;
      } else {
        masked.append(c);
        wordStart = true;
      }
    }
    if (value.length() > LONGEST) {
      masked.append('…');
    }
    return masked.toString();
  }
}
