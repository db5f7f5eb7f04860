package uk.warden.inspect.detect.uk;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Chars;

/**
 * The digits of a telephone number written with single spaces, dashes or brackets between groups.
 * Collection stops at a group boundary once ten digits are in, so a number followed by a year or a
 * reference in the next cell is not swallowed.
 */
record PhoneDigits(long value, int count, int end) {

  private static final int MAX_DIGITS = 11;

  /** Collects from {@code start} (a digit); null if the number runs on into more digits. */
  static @Nullable PhoneDigits collect(CharSequence text, int start) {
    long value = 0;
    int count = 0;
    int i = start;
    int end = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isDigit(c)) {
        if (count == MAX_DIGITS) {
          return null;
        }
        value = value * 10 + (c - '0');
        count++;
        i++;
        end = i;
        continue;
      }
      if (count >= 10 || !isSeparator(c)) {
        break;
      }
      int next = i + 1;
      if (next < n && isSeparator(text.charAt(next)) && text.charAt(next) != c) {
        next++; // ") " between an area code and the rest
      }
      if (next >= n || !Chars.isDigit(text.charAt(next))) {
        break;
      }
      i = next;
    }
    if (!Chars.boundaryAfter(text, end)) {
      return null;
    }
    return new PhoneDigits(value, count, end);
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == ')';
  }
}
