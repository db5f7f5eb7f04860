package uk.warden.core.access.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Parses the ISO 8601 times logs write, by hand because {@code DateTimeFormatter} costs a
 * microsecond or more per call and a log has millions of them. Accepted: {@code
 * 2025-03-31T14:05:00}, a {@code T} or a space between date and time, an optional fraction of up to
 * nine digits, and then {@code Z}, an offset ({@code +01:00}, {@code +0100}, {@code +01}) or
 * nothing, which means the force's zone (in the autumn hour that happens twice, the earlier).
 *
 * <p>Public so that the access directory's CSV import reads grant times the same way as events.
 */
public final class Timestamps {

  private final ZoneId zone;

  public Timestamps(ZoneId zone) {
    this.zone = zone;
  }

  /** The first instant of {@code day} in the zone (not always midnight, on a transition day). */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** The instant, or null if {@code text} is not such a time or names an impossible one. */
  public @Nullable Instant parse(String text) {
    String s = text.strip();
    if (s.length() < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != 't' && s.charAt(10) != ' ')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int pos = 19;
    int nanos = 0;
    if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',')) {
      int start = ++pos;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        pos++;
      }
      int count = pos - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
      if (pos == s.length()) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
      }
      ZoneOffset offset = offset(s, pos);
      return offset == null ? null : local.toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable ZoneOffset offset(String s, int pos) {
    char sign = s.charAt(pos);
    String rest = s.substring(pos + 1);
    if ((sign == 'Z' || sign == 'z') && rest.isEmpty()) {
      return ZoneOffset.UTC;
    }
    if (sign != '+' && sign != '-') {
      return null;
    }
    int hours;
    int minutes = 0;
    if (rest.length() == 2) {
      hours = digits(rest, 0, 2);
    } else if (rest.length() == 4) {
      hours = digits(rest, 0, 2);
      minutes = digits(rest, 2, 2);
    } else if (rest.length() == 5 && rest.charAt(2) == ':') {
      hours = digits(rest, 0, 2);
      minutes = digits(rest, 3, 2);
    } else {
      return null;
    }
    if (hours < 0 || minutes < 0) {
      return null;
    }
    int signum = sign == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(signum * hours, signum * minutes);
  }

  /** The number written by {@code count} digits at {@code from}, or -1 if any is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
