package uk.warden.synth.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The synthetic access's sense of time: everything is an offset from the force's as-of day, so the
 * same spec gives the same access whenever it is generated. Findings are evaluated at 18:00 on the
 * as-of day, after the day's last event (events run 07:00 to 17:00 UTC).
 */
record Clock(LocalDate asOf) {

  static final ZoneId ZONE = ZoneId.of("Europe/London");

  Instant evaluation() {
    return asOf.atTime(18, 0).atZone(ZONE).toInstant();
  }

  /** 09:00 UTC on the day {@code days} before the as-of day. */
  Instant daysAgo(long days) {
    return asOf.minusDays(days).atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
  }

  /** The last moment of {@code day} in the force's zone: when something "until" that day ends. */
  static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
  }

  /** The weekday on or before {@code days} before the as-of day. */
  LocalDate weekdayAgo(int days) {
    LocalDate day = asOf.minusDays(days);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    return day;
  }
}
