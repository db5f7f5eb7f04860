package uk.warden.app.custody;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.importing.PayNumberList;

/**
 * A deletion attestation to record: everything the party held ({@code transferId} null and no
 * people), one transfer, or the people listed.
 */
public record DeletionRequest(
    String source,
    @Nullable String party,
    @Nullable Instant at,
    @Nullable Long transferId,
    List<PayNumberList.Entry> people,
    @Nullable String evidence) {

  public DeletionRequest {
    people = people == null ? List.of() : List.copyOf(people);
  }
}
