package uk.warden.core.access;

import org.jspecify.annotations.Nullable;

/**
 * Ids of principals, grants and events come from directories and logs (an LDAP uid, a UPN, a
 * database key), so any printable text without spaces is accepted; only length and control
 * characters are refused, because ids end up in URLs, CSV files and log lines.
 *
 * <p>Public so that importers ({@code uk.warden.core.access.directory}) can report a bad id against
 * its file, line and column before building the principal.
 */
public final class PrincipalIds {

  public static final int MAX_LENGTH = 256;

  private PrincipalIds() {}

  static String require(String id, String what) {
    if (!valid(id)) {
      throw new IllegalArgumentException(
          what
              + " id must be 1-"
              + MAX_LENGTH
              + " characters without spaces or control characters");
    }
    return id;
  }

  public static boolean valid(@Nullable String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }
}
