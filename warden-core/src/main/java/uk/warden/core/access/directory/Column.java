package uk.warden.core.access.directory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column a directory file may have: its name as problems report it, the other headers exports use
 * for it, and whether a file without it is refused. Headers match ignoring case, spaces,
 * underscores, hyphens and dots, so {@code Pay Number}, {@code pay_number} and {@code payNumber}
 * are one column.
 */
record Column(String name, boolean required, List<String> aliases) {

  private static final Pattern NOT_SIGNIFICANT = Pattern.compile("[\\s._-]");

  static Column required(String name, String... aliases) {
    return new Column(name, true, List.of(aliases));
  }

  static Column optional(String name, String... aliases) {
    return new Column(name, false, List.of(aliases));
  }

  boolean matches(String header) {
    String key = key(header);
    if (key.equals(key(name))) {
      return true;
    }
    for (String alias : aliases) {
      if (key.equals(key(alias))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String text) {
    return NOT_SIGNIFICANT.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
