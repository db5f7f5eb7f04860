package uk.warden.bench;

import java.util.Locale;

/** How the report writes numbers: grouped thousands, milliseconds to a sensible precision. */
public final class Figures {

  private static final long MB = 1024 * 1024;

  private Figures() {}

  /** 20000000 as "20,000,000". */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** 20000000 as "20M", 50000 as "50k": for labels, where exact counts are noise. */
  public static String compact(long value) {
    if (value >= 1_000_000 && value % 1_000_000 == 0) {
      return value / 1_000_000 + "M";
    }
    if (value >= 1_000 && value % 1_000 == 0) {
      return value / 1_000 + "k";
    }
    return count(value);
  }

  /** One decimal below 100 ms, none above: "7.9", "3,400". */
  public static String ms(double millis) {
    return millis < 100
        ? String.format(Locale.ROOT, "%.1f", millis)
        : String.format(Locale.ROOT, "%,.0f", millis);
  }

  public static String mb(long bytes) {
    return count((bytes + MB / 2) / MB);
  }

  /** "430×", or "4.3×" for a small ratio. */
  public static String ratio(double ratio) {
    return (ratio < 10
            ? String.format(Locale.ROOT, "%.1f", ratio)
            : String.format(Locale.ROOT, "%,.0f", ratio))
        + "×";
  }

  /** "met" or "MISSED", for the figure against its target. */
  public static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  public static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
