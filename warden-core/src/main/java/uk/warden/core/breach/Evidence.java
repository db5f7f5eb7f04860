package uk.warden.core.breach;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why the worst and best cases differ, or why people are only possibly exposed: one assumption,
 * transfer, deletion or lapsed agreement, in words without personal data, with its effect on the
 * count. For assumptions, transfers and deletions {@code people} is how many the item adds to the
 * worst case beyond the best (one person can be behind several items); for retention it is how many
 * are counted as possible only because of it.
 */
public record Evidence(
    EvidenceKind kind,
    String what,
    @Nullable Long transferId,
    @Nullable Long deletionId,
    @Nullable String agreement,
    int people) {

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(what, "what");
  }

  static Evidence assumption(String what, int people) {
    return new Evidence(EvidenceKind.ASSUMPTION, what, null, null, null, people);
  }

  static Evidence transfer(long transferId, String what, int people) {
    return new Evidence(EvidenceKind.TRANSFER, what, transferId, null, null, people);
  }

  static Evidence deletion(long deletionId, String what, int people) {
    return new Evidence(EvidenceKind.DELETION, what, null, deletionId, null, people);
  }

  static Evidence retention(String agreement, String what, int people) {
    return new Evidence(EvidenceKind.RETENTION, what, null, null, agreement, people);
  }
}
