package uk.warden.core.register;

import java.util.Locale;
import java.util.Optional;

/**
 * A file format a party accepts extracts in. ZIP is a table (CSV) with the people's photos beside
 * it, stripped of their metadata.
 */
public enum ExtractFormat {
  CSV,
  XLSX,
  ZIP;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file's name says, by its extension. */
  public static Optional<ExtractFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ExtractFormat format : values()) {
      if (lower.endsWith("." + format.word())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
