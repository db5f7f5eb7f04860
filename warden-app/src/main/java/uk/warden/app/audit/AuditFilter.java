package uk.warden.app.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Operation;

/**
 * What an auditor looks for; null fields match everything.
 *
 * @param actor the user, exactly
 * @param operation the s.62 operation
 * @param action an action key or its start ({@code person.} matches every action on people)
 * @param record a record reference, exactly ({@code person:P10001}): who looked at this person?
 * @param from entries at or after
 * @param to entries before
 */
public record AuditFilter(
    @Nullable String actor,
    @Nullable Operation operation,
    @Nullable String action,
    @Nullable String record,
    @Nullable Instant from,
    @Nullable Instant to) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

  public AuditFilter {
    actor = blankToNull(actor);
    action = blankToNull(action);
    record = blankToNull(record);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
