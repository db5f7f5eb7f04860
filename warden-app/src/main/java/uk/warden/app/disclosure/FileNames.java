package uk.warden.app.disclosure;

import org.jspecify.annotations.Nullable;

/** An uploaded file's name as shown in reports: the last path segment, printable, bounded. */
final class FileNames {

  private FileNames() {}

  static String shown(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c))
        .limit(200)
        .forEach(clean::appendCodePoint);
    return clean.length() == 0 ? "upload" : clean.toString();
  }
}
