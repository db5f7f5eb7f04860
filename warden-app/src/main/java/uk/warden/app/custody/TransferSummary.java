package uk.warden.app.custody;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.custody.TransferMethod;

/**
 * A recorded transfer as lists and pages show it: everything but the people themselves, who are
 * counted. {@code recordedBy} is the Warden user or token that recorded it.
 */
public record TransferSummary(
    long id,
    Instant at,
    @Nullable String fromSystem,
    String toParty,
    @Nullable String toSystem,
    @Nullable String agreement,
    Set<String> categories,
    int people,
    TransferMethod method,
    @Nullable String sha256,
    @Nullable String approvedBy,
    Instant recordedAt,
    String recordedBy) {

  public TransferSummary {
    categories = Set.copyOf(categories);
  }
}
