package uk.warden.core.custody;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Part of one transfer's people that a party held over the same interval: from the transfer until
 * the deletion that ended it ({@code until}, exclusive; null while still held). A transfer's spans
 * partition its people by when they were deleted, so every question about time reduces to unions of
 * whole spans, never to per-person work.
 *
 * <p>{@code lapsesAt} is when the transfer's agreement stopped allowing the data to be kept; held
 * after it, the data is overdue: still counted, but only as possibly held.
 */
public record HeldSpan(
    Transfer transfer,
    PersonSet people,
    @Nullable Instant until,
    @Nullable Long endedBy,
    @Nullable Instant lapsesAt) {

  public HeldSpan {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(people, "people");
    if (until != null && until.isBefore(transfer.at())) {
      throw new IllegalArgumentException("span of transfer " + transfer.id() + " ends before it");
    }
  }

  public Instant from() {
    return transfer.at();
  }

  /** The end of lawful holding: the deletion or the retention lapse, whichever comes first. */
  public @Nullable Instant lawfulUntil() {
    if (lapsesAt == null) {
      return until;
    }
    if (until == null) {
      return lapsesAt;
    }
    return until.isBefore(lapsesAt) ? until : lapsesAt;
  }

  public boolean heldAt(Instant t) {
    return !from().isAfter(t) && (until == null || until.isAfter(t));
  }

  public boolean lawfulAt(Instant t) {
    Instant end = lawfulUntil();
    return !from().isAfter(t) && (end == null || end.isAfter(t));
  }

  /**
   * Held at some instant of the closed window {@code [start, end]}. A span deleted at the instant
   * it arrived was never held.
   */
  public boolean heldDuring(Instant start, Instant end) {
    return !from().isAfter(end)
        && (until == null || (until.isAfter(start) && until.isAfter(from())));
  }

  /** Lawfully held at some instant of the closed window {@code [start, end]}. */
  public boolean lawfulDuring(Instant start, Instant end) {
    Instant lawfulEnd = lawfulUntil();
    return !from().isAfter(end)
        && (lawfulEnd == null || (lawfulEnd.isAfter(start) && lawfulEnd.isAfter(from())));
  }

  /** Held past its retention lapse at some instant of the closed window {@code [start, end]}. */
  public boolean overdueDuring(Instant start, Instant end) {
    if (lapsesAt == null) {
      return false;
    }
    Instant overdueFrom = lapsesAt.isAfter(from()) ? lapsesAt : from();
    return !overdueFrom.isAfter(end)
        && (until == null || (until.isAfter(start) && until.isAfter(overdueFrom)));
  }
}
