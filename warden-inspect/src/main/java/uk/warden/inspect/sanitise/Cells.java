package uk.warden.inspect.sanitise;

/** Column letters of A1 ranges, and CSV cells made safe to open in a spreadsheet. */
final class Cells {

  private Cells() {}

  /** "C2:C61" → "C". */
  static String letters(String range) {
    int end = 0;
    while (end < range.length() && Character.isLetter(range.charAt(end))) {
      end++;
    }
    return range.substring(0, end);
  }

  /** "C2:C61" → 2 (0-based). */
  static int column(String range) {
    String letters = letters(range);
    int column = 0;
    for (int i = 0; i < letters.length(); i++) {
      column = column * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
    }
    return column - 1;
  }

  /**
   * A value that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading quote: the
   * CSV is for publishing, and a formula in it runs on the reader's machine. Numbers stay numbers.
   */
  static String safe(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first == '=' || first == '@' || first == '\t' || first == '\r') {
      return "'" + value;
    }
    if ((first == '+' || first == '-') && !number(value)) {
      return "'" + value;
    }
    return value;
  }

  private static boolean number(String value) {
    try {
      Double.parseDouble(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
