package uk.warden.inspect.sanitise;

import java.util.Locale;

/** Whether a table's location names the sheet a user asked for, however the reader quotes it. */
final class SheetNames {

  private SheetNames() {}

  static boolean matches(String part, String sheet) {
    String p = part.toLowerCase(Locale.ROOT);
    String s = sheet.toLowerCase(Locale.ROOT);
    return p.equals(s) || p.equals("sheet '" + s + "'") || p.endsWith("'" + s + "'");
  }
}
