package uk.warden.core.breach;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded decision not to notify the ICO, which the ICO expects to see with its reasons and who
 * took it (DOMAIN.md §1.1).
 */
public record NoNotificationDecision(String rationale, String approver, Instant decidedAt) {

  public NoNotificationDecision {
    if (rationale == null || rationale.isBlank()) {
      throw new IllegalArgumentException("a decision not to notify needs its rationale");
    }
    if (approver == null || approver.isBlank()) {
      throw new IllegalArgumentException("a decision not to notify needs its approver");
    }
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** The approver is a person; logs get the date only. */
  @Override
  public String toString() {
    return "NoNotificationDecision[decidedAt=" + decidedAt + "]";
  }
}
