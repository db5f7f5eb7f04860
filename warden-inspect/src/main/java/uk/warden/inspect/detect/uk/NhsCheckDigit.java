package uk.warden.inspect.detect.uk;

import uk.warden.inspect.detect.Chars;

/**
 * The NHS number check (NHS Data Dictionary, "NHS Number"): weight the first nine digits 10 down to
 * 2, take the sum mod 11, subtract from 11; 11 means 0 and 10 means the number is invalid; the
 * result must equal the tenth digit.
 */
final class NhsCheckDigit {

  private NhsCheckDigit() {}

  /** Whether the ten digits in {@code text[start, end)}, ignoring separators, pass the check. */
  static boolean passes(CharSequence text, int start, int end) {
    int sum = 0;
    int weight = 10;
    int last = -1;
    boolean allSame = true;
    char first = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Chars.isDigit(c)) {
        continue;
      }
      if (first == 0) {
        first = c;
      }
      allSame &= c == first;
      if (weight >= 2) {
        sum += (c - '0') * weight;
        weight--;
      } else {
        last = c - '0';
      }
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    // 0000000000 passes the arithmetic but is no one's number.
    return check != 10 && check == last && !allSame;
  }
}
