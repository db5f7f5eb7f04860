package uk.warden.inspect.format.ooxml;

import java.util.Locale;

/** Byte counts as people read them in messages: "200 MB", "12 KB". */
public final class Sizes {

  private Sizes() {}

  public static String human(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (double) (1L << 20)));
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.ROOT, "%,d KB", Math.round(bytes / (double) (1L << 10)));
    }
    return bytes + " bytes";
  }
}
