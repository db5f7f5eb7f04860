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

  /** The format named by its word ({@code csv}, {@code xlsx}, {@code zip}), in any case. */
  public static Optional<ExtractFormat> ofWord(String word) {
    for (ExtractFormat format : values()) {
      if (format.word().equalsIgnoreCase(word.strip())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** The media type a file in this format is served as. */
  public String mediaType() {
    return switch (this) {
      case CSV -> "text/csv";
      case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case ZIP -> "application/zip";
    };
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
