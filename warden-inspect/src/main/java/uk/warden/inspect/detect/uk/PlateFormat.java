package uk.warden.inspect.detect.uk;

import uk.warden.inspect.detect.Chars;

/**
 * The three GB number-plate formats and their letter rules (DVLA INF104), read case-insensitively
 * with at most one space at the usual split. Each method returns the end of the plate or -1.
 *
 * <ul>
 *   <li>current (2001-): area letters, age identifier 02-29 or 51-79, three random letters: BD51
 *       SMR. The first area letter is a DVLA region (no I, J, Q, T, U, Z); I and Q never appear.
 *   <li>prefix (1983-2001): year letter, 1-999, three letters: A123 BCD.
 *   <li>suffix (1963-1983): three letters, 1-999, year letter: ABC 123D.
 * </ul>
 *
 * Year letters exclude I, O, Q, U and Z.
 */
final class PlateFormat {

  private static final String REGIONS = "ABCDEFGHKLMNOPRSVWY";
  private static final String YEAR_LETTERS_EXCLUDED = "IOQUZ";

  private PlateFormat() {}

  static int current(CharSequence text, int start) {
    if (!letter(text, start, REGIONS) || !plateLetter(text, start + 1)) {
      return -1;
    }
    if (!Chars.digitAt(text, start + 2) || !Chars.digitAt(text, start + 3)) {
      return -1;
    }
    int age = (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
    if (!((age >= 2 && age <= 29) || (age >= 51 && age <= 79))) {
      return -1;
    }
    int i = Chars.charAt(text, start + 4, ' ') ? start + 5 : start + 4;
    return threeLetters(text, i);
  }

  static int prefix(CharSequence text, int start) {
    if (!yearLetter(text, start)) {
      return -1;
    }
    int digitsEnd = serialEnd(text, start + 1);
    if (digitsEnd < 0) {
      return -1;
    }
    int i = Chars.charAt(text, digitsEnd, ' ') ? digitsEnd + 1 : digitsEnd;
    return threeLetters(text, i);
  }

  static int suffix(CharSequence text, int start) {
    if (!plateLetter(text, start)
        || !plateLetter(text, start + 1)
        || !plateLetter(text, start + 2)) {
      return -1;
    }
    int i = Chars.charAt(text, start + 3, ' ') ? start + 4 : start + 3;
    int digitsEnd = serialEnd(text, i);
    if (digitsEnd < 0
        || !yearLetter(text, digitsEnd)
        || !Chars.boundaryAfter(text, digitsEnd + 1)) {
      return -1;
    }
    return digitsEnd + 1;
  }

  private static int threeLetters(CharSequence text, int at) {
    boolean letters =
        plateLetter(text, at) && plateLetter(text, at + 1) && plateLetter(text, at + 2);
    return letters && Chars.boundaryAfter(text, at + 3) ? at + 3 : -1;
  }

  /** 1 to 3 digits without a leading zero. */
  private static int serialEnd(CharSequence text, int at) {
    int end = Chars.digitsEnd(text, at);
    int length = end - at;
    return length >= 1 && length <= 3 && text.charAt(at) != '0' ? end : -1;
  }

  private static boolean plateLetter(CharSequence text, int at) {
    if (at >= text.length() || !Chars.isLetter(text.charAt(at))) {
      return false;
    }
    char c = Chars.toUpper(text.charAt(at));
    return c != 'I' && c != 'Q';
  }

  private static boolean yearLetter(CharSequence text, int at) {
    if (at >= text.length() || !Chars.isLetter(text.charAt(at))) {
      return false;
    }
    return YEAR_LETTERS_EXCLUDED.indexOf(Chars.toUpper(text.charAt(at))) < 0;
  }

  private static boolean letter(CharSequence text, int at, String allowed) {
    return at < text.length()
        && Chars.isLetter(text.charAt(at))
        && allowed.indexOf(Chars.toUpper(text.charAt(at))) >= 0;
  }
}
