package uk.warden.app.review;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessType;

/**
 * One grant as it stood when the campaign started, the system's owner then, and what was decided.
 * The snapshot is what the owner reviewed, so it is what the record shows even if the grant has
 * changed since.
 */
public record ReviewItem(
    long id,
    long campaignId,
    String grantId,
    String holderId,
    String systemCode,
    @Nullable String systemOwner,
    Set<String> categories,
    AccessType accessType,
    @Nullable String purpose,
    Instant grantedAt,
    @Nullable Instant expiresAt,
    @Nullable Instant lastUsedAt,
    @Nullable Decision decision,
    @Nullable String reason,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt) {

  public boolean decided() {
    return decision != null;
  }

  /** The categories as shown: empty means every category the system holds. */
  public String categoriesShown() {
    return categories.isEmpty() ? "all" : String.join("; ", categories);
  }
}
