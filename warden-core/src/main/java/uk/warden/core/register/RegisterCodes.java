package uk.warden.core.register;

import java.util.regex.Pattern;

/** Codes are the stable keys of the register as code: short, lower-case, URL-safe. */
public final class RegisterCodes {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private RegisterCodes() {}

  public static void requireValid(String code, String what) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what
              + " code '"
              + code
              + "' must be 1-63 lower-case letters, digits or hyphens, starting with a letter or"
              + " digit");
    }
  }
}
