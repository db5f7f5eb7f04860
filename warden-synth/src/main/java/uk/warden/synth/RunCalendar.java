package uk.warden.synth;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The monthly rhythm of the custody history: 36 runs, one a month, the last in the month that ends
 * on the as-of day. Each feed runs a fixed number of days before the monthly anniversary of the
 * as-of day, moved back to a weekday, so every file leaves in the working week and none after the
 * as-of day. Times are UTC: the history must not shift with the machine's zone.
 */
final class RunCalendar {

  static final int RUNS = 36;

  private final LocalDate asOf;

  RunCalendar(LocalDate asOf) {
    this.asOf = asOf;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** The monthly anniversary of the as-of day that {@code run} belongs to; the last is as-of. */
  LocalDate anniversary(int run) {
    return asOf.minusMonths(RUNS - 1L - run);
  }

  /** The working day on which a feed {@code daysBefore} the anniversary sends run {@code run}. */
  LocalDate day(int run, int daysBefore) {
    return weekdayOnOrBefore(anniversary(run).minusDays(daysBefore));
  }

  static LocalDate weekdayOnOrBefore(LocalDate day) {
    LocalDate weekday = day;
    while (weekend(weekday)) {
      weekday = weekday.minusDays(1);
    }
    return weekday;
  }

  static LocalDate businessDaysAfter(LocalDate day, int days) {
    LocalDate result = day;
    int left = days;
    while (left > 0) {
      result = result.plusDays(1);
      if (!weekend(result)) {
        left--;
      }
    }
    return result;
  }

  static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).toInstant(ZoneOffset.UTC);
  }

  private static boolean weekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
