package uk.warden.inspect.scan;

/**
 * Whether a cell reads like a staff or collar number: 2 to 12 letters and digits with at least one
 * digit, optionally with spaces or dashes. Used only under a number header.
 */
final class CodeShape {

  private CodeShape() {}

  static boolean matches(CharSequence value) {
    int length = value.length();
    if (length < 2 || length > 14) {
      return false;
    }
    int digits = 0;
    int alnum = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        alnum++;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        alnum++;
      } else if (c != ' ' && c != '-' && c != '/') {
        return false;
      }
    }
    return digits >= 1 && alnum >= 2 && alnum <= 12;
  }
}
