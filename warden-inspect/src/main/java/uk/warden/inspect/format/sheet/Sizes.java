package uk.warden.inspect.format.sheet;

import java.util.Locale;

/** Numbers and sizes as a user reads them in a reason or a detail. */
final class Sizes {

  private Sizes() {}

  static String bytes(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.UK, "%,d MB", bytes >> 20);
    }
    if (bytes >= 1L << 10) {
      return String.format(Locale.UK, "%,d KB", bytes >> 10);
    }
    return bytes + " bytes";
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.UK, "%,d", (long) value)
        : String.format(Locale.UK, "%,.1f", value);
  }

  static String count(long value) {
    return String.format(Locale.UK, "%,d", value);
  }

  /** "1 row", "9,500 rows". */
  static String count(long value, String singular, String plural) {
    return count(value) + " " + (value == 1 ? singular : plural);
  }
}
