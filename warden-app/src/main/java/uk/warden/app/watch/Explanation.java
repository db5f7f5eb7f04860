package uk.warden.app.watch;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.watch.ExpectedChange;

/**
 * A recorded reason for a system to shrink: a retention schedule removing {@code objects} a day
 * from {@code firstDay} (until {@code lastDay}, or for ever when it is null), a recorded deletion
 * or a registered migration removing {@code objects} in all over its days.
 */
public record Explanation(
    long id,
    String system,
    ExpectedChange.Reason reason,
    LocalDate firstDay,
    @Nullable LocalDate lastDay,
    long objects,
    String reference,
    @Nullable Integer beforeEntries,
    @Nullable Integer afterEntries,
    String recordedBy,
    Instant recordedAt) {

  /** As the detector takes it, up to {@code today} for a schedule without an end. */
  public ExpectedChange expected(LocalDate today) {
    LocalDate last = lastDay != null ? lastDay : today;
    if (last.isBefore(firstDay)) {
      last = firstDay;
    }
    long total =
        reason == ExpectedChange.Reason.RETENTION
            ? objects * (last.toEpochDay() - firstDay.toEpochDay() + 1)
            : objects;
    return new ExpectedChange(firstDay, last, total, reason, reference);
  }

  /** Whether {@code day} falls in this explanation's days. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
  }

  public boolean isMigration() {
    return reason == ExpectedChange.Reason.MIGRATION;
  }
}
