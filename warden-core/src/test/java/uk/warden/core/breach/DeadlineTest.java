package uk.warden.core.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final Instant AWARE = Instant.parse("2024-03-01T16:30:00Z");

  @Test
  void deadlineIs72HoursAfterAwareness() {
    Deadline deadline = Deadline.of(AWARE, null, AWARE.plus(Duration.ofHours(10)));

    assertThat(deadline.due()).isEqualTo(Instant.parse("2024-03-04T16:30:00Z"));
    assertThat(deadline.timeLeft()).isEqualTo(Duration.ofHours(62));
    assertThat(deadline.late()).isFalse();
  }

  @Test
  void timeLeftIsNegativeOnceLate() {
    Deadline deadline = Deadline.of(AWARE, null, AWARE.plus(Duration.ofHours(75)));

    assertThat(deadline.timeLeft()).isEqualTo(Duration.ofHours(-3));
    assertThat(deadline.late()).isTrue();
  }

  @Test
  void notifyingAfterTheDeadlineStaysLate() {
    Instant notified = AWARE.plus(Duration.ofHours(80));

    assertThat(Deadline.of(AWARE, notified, AWARE.plus(Duration.ofDays(10))).late()).isTrue();
    assertThat(
            Deadline.of(AWARE, AWARE.plus(Duration.ofHours(70)), AWARE.plus(Duration.ofDays(10)))
                .late())
        .isFalse();
  }
}
