package uk.warden.inspect.scan;

/**
 * Whether a cell reads like a name part: one to four capitalised words of letters, apostrophes and
 * hyphens. Used only under a name header, where the header has already said what the column is.
 */
final class NameShape {

  private NameShape() {}

  static boolean matches(CharSequence value) {
    int length = value.length();
    if (length < 1 || length > 60) {
      return false;
    }
    int words = 0;
    boolean wordStart = true;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c == ' ') {
        if (wordStart) {
          continue;
        }
        wordStart = true;
      } else if (wordStart) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        words++;
        wordStart = false;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '.') {
        return false;
      }
    }
    return words >= 1 && words <= 4;
  }
}
