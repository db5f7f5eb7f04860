package uk.warden.app.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Grant;

/** A grant as kept: where it came from and, once revoked, when, by whom and why. */
public record StoredGrant(
    Grant grant,
    DirectorySource source,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    @Nullable String revokeReason) {

  public boolean live() {
    return revokedAt == null;
  }
}
