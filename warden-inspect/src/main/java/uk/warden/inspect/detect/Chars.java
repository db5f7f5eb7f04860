package uk.warden.inspect.detect;

/**
 * Character tests for hand-written parsers. ASCII-only where identifiers are ASCII (digits, capital
 * letters); {@link #isWordChar} also accepts any Unicode letter or digit so that a word boundary is
 * never found inside "Zoë" or "Ørsted".
 */
public final class Chars {

  private Chars() {}

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  public static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  public static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  public static boolean isLetter(char c) {
    return isUpper(c) || isLower(c);
  }

  public static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  /** Letters, digits and underscore, in any script: what the scanner treats as one word. */
  public static boolean isWordChar(char c) {
    if (c < 128) {
      return isLetterOrDigit(c) || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  /** Letters and digits in any script: what context matching treats as one word. */
  public static boolean isContextChar(char c) {
    return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LETTER_OR_DIGIT[c] = isLetterOrDigit(c);
    }
  }

  /** The ASCII capital for a lower-case ASCII letter; any other character unchanged. */
  public static char toUpper(char c) {
    return isLower(c) ? (char) (c - 32) : c;
  }

  /** The lower-case form used for case-insensitive matching. */
  public static char toLower(char c) {
    if (c < 128) {
      return isUpper(c) ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Extends a case-insensitive hash by one character; {@link WordSet} and context use it. */
  public static int foldHash(int hash, char c) {
    return 31 * hash + toLower(c);
  }

  /** Whether {@code at} is the start of a word: the text start or a non-word character before. */
  public static boolean boundaryBefore(CharSequence text, int at) {
    return at <= 0 || !isWordChar(text.charAt(at - 1));
  }

  /** Whether {@code at} ends a word: the text end or a non-word character at {@code at}. */
  public static boolean boundaryAfter(CharSequence text, int at) {
    return at >= text.length() || !isWordChar(text.charAt(at));
  }

  /** Whether the character at {@code at} exists and equals {@code c}. */
  public static boolean charAt(CharSequence text, int at, char c) {
    return at >= 0 && at < text.length() && text.charAt(at) == c;
  }

  /** Whether the character at {@code at} exists and is an ASCII digit. */
  public static boolean digitAt(CharSequence text, int at) {
    return at >= 0 && at < text.length() && isDigit(text.charAt(at));
  }

  /** Whether the character at {@code at} exists and is an ASCII capital letter. */
  public static boolean upperAt(CharSequence text, int at) {
    return at >= 0 && at < text.length() && isUpper(text.charAt(at));
  }

  /** The end of the run of ASCII digits starting at {@code from}. */
  public static int digitsEnd(CharSequence text, int from) {
    int i = from;
    int n = text.length();
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the run of ASCII letters starting at {@code from}. */
  public static int lettersEnd(CharSequence text, int from) {
    int i = from;
    int n = text.length();
    while (i < n && isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
