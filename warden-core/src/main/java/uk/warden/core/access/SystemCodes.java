package uk.warden.core.access;

/**
 * The register's rule for system codes (1-63 lower-case letters, digits or hyphens, not starting
 * with a hyphen; see {@link uk.warden.core.register.RegisterCodes}), checked by hand: every access
 * event names a system, and a regular expression per event was a tenth of an ingest's time.
 */
public final class SystemCodes {

  private SystemCodes() {}

  public static boolean valid(String code) {
    if (code == null || code.isEmpty() || code.length() > 63 || code.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static String require(String code) {
    if (!valid(code)) {
      throw new IllegalArgumentException(
          "system code '"
              + code
              + "' must be 1-63 lower-case letters, digits or hyphens, starting with a letter or"
              + " digit");
    }
    return code;
  }
}
