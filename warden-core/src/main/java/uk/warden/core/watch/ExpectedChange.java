package uk.warden.core.watch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decrease that is explained: objects removed by a retention schedule, a recorded deletion, or a
 * registered migration, spread evenly over the days {@code [from, to]}.
 */
public record ExpectedChange(
    LocalDate from, LocalDate to, long objects, Reason reason, String reference) {

  /** Why objects were expected to go. */
  public enum Reason {
    RETENTION,
    DELETION,
    MIGRATION
  }

  public ExpectedChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reference, "reference");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an expected change ends before it starts");
    }
    if (objects < 0) {
      throw new IllegalArgumentException("an expected decrease removes a positive number");
    }
  }

  long days() {
    return to.toEpochDay() - from.toEpochDay() + 1;
  }

  /** The share of this change that falls on {@code day}. */
  double on(LocalDate day) {
    if (day.isBefore(from) || day.isAfter(to)) {
      return 0;
    }
    return (double) objects / days();
  }
}
