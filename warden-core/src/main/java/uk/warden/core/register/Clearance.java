package uk.warden.core.register;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A vetting clearance held by a person. */
public record Clearance(
    ClearanceLevel level,
    @Nullable LocalDate granted,
    @Nullable LocalDate expires,
    ClearanceStatus status) {

  public Clearance {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(status, "status");
    if (granted != null && expires != null && expires.isBefore(granted)) {
      throw new IllegalArgumentException("clearance expires before it was granted");
    }
  }

  public ClearanceScheme scheme() {
    return level.scheme();
  }

  /** Active and not past its expiry on the given day. */
  public boolean validOn(LocalDate day) {
    return status == ClearanceStatus.ACTIVE && (expires == null || !expires.isBefore(day));
  }
}
