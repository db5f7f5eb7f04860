package uk.warden.app.breach;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.BreachType;

/**
 * An incident to declare or amend, as a face received it. Parties may be named by code, by name or
 * by a unique part of the name. Either end of the window may be unknown; {@code awareAt} starts the
 * 72-hour clock (for a supplier's breach: when the supplier told the force).
 */
public record IncidentRequest(
    @Nullable String id,
    @Nullable String title,
    @Nullable BreachType type,
    List<String> parties,
    List<String> systems,
    List<String> categories,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable Instant discoveredAt,
    @Nullable Instant awareAt,
    @Nullable Instant icoNotifiedAt,
    @Nullable String reasonForDelay,
    @Nullable String noNotifyRationale,
    @Nullable String noNotifyApprover,
    @Nullable Instant noNotifyDecidedAt) {

  public IncidentRequest {
    parties = parties == null ? List.of() : List.copyOf(parties);
    systems = systems == null ? List.of() : List.copyOf(systems);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
