package uk.warden.core.breach;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.warden.core.custody.PersonSet;

/**
 * The assessed impact of an incident at {@code assessedAt}: the worst and best case side by side
 * (the same when both ends of the window are known), the evidence that separates them, and the
 * notification clock.
 */
public record Impact(
    String incidentId,
    Instant assessedAt,
    Deadline deadline,
    boolean windowKnown,
    Exposure worstCase,
    Exposure bestCase,
    List<Evidence> evidence) {

  public Impact {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(worstCase, "worstCase");
    Objects.requireNonNull(bestCase, "bestCase");
    evidence = List.copyOf(evidence);
  }

  /**
   * The people to consider telling directly (Art 34 / s.68): high risk in the worst case, because a
   * notice withheld on the best-case assumption cannot be taken back if it proves wrong.
   */
  public PersonSet highRisk() {
    return worstCase.tier(RiskTier.HIGH);
  }

  @Override
  public String toString() {
    return "Impact[incident="
        + incidentId
        + ", worst="
        + worstCase
        + ", best="
        + bestCase
        + ", due="
        + deadline.due()
        + "]";
  }
}
