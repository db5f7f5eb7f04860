package uk.warden.app.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Remove this access in the system itself: revoking a grant in Warden changes Warden's record, not
 * the system, so each revocation leaves this to be done and signed off with a note.
 */
public record RevocationTask(
    long id,
    long campaignId,
    long itemId,
    String grantId,
    String holderId,
    String systemCode,
    Instant createdAt,
    @Nullable Instant doneAt,
    @Nullable String doneBy,
    @Nullable String note) {

  public boolean done() {
    return doneAt != null;
  }
}
