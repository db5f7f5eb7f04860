package uk.warden.app.breach.report;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the report writes instants, durations and counts. Times are in UK local time with the zone
 * shown (GMT or BST), since the report is read by people in a UK force, not by machines.
 */
final class ReportFormat {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final String UNKNOWN = "unknown";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.UK).withZone(UK);

  private ReportFormat() {}

  static String instant(@Nullable Instant instant) {
    return instant == null ? UNKNOWN : WHEN.format(instant);
  }

  static String count(long count) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(count);
  }

  /** A length of time in words, to the minute, without its sign: "2 days 5 hours". */
  static String duration(Duration duration) {
    Duration d = duration.abs();
    long days = d.toDays();
    int hours = d.toHoursPart();
    int minutes = d.toMinutesPart();
    if (days > 0) {
      return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
    }
    if (hours > 0) {
      return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
    }
    return minutes > 0 ? plural(minutes, "minute") : "under a minute";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
