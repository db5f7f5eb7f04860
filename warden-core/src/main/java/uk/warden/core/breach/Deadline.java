package uk.warden.core.breach;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ICO notification clock: due 72 hours after the force became aware (UK GDPR Art 33(1), DPA
 * 2018 s.67). {@code timeLeft} is measured at assessment time and is negative once late.
 */
public record Deadline(
    Instant awareAt, Instant due, Duration timeLeft, @Nullable Instant notifiedAt) {

  public static final Duration ICO_DEADLINE = Duration.ofHours(72);

  public Deadline {
    Objects.requireNonNull(awareAt, "awareAt");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(timeLeft, "timeLeft");
  }

  public static Deadline of(Instant awareAt, @Nullable Instant notifiedAt, Instant now) {
    Instant due = awareAt.plus(ICO_DEADLINE);
    return new Deadline(awareAt, due, Duration.between(now, due), notifiedAt);
  }

  /** Notified after the deadline, or not yet notified and past it. */
  public boolean late() {
    return notifiedAt != null ? notifiedAt.isAfter(due) : timeLeft.isNegative();
  }

  public boolean notified() {
    return notifiedAt != null;
  }
}
