package uk.warden.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;

/**
 * One thing done in Warden, in the shape DOMAIN.md §2.2 suggests for s.62 logs.
 *
 * @param at when, truncated to the millisecond so that every store gives the same value back
 * @param actor who: a Warden user name, or {@code cli:<os user>} for a command run on the server
 * @param role the actor's role then, if known
 * @param operation the s.62 operation on personal data; null for security events (a sign-in)
 * @param action what the user did, as a stable key such as {@code person.view}
 * @param records references to the records touched (such as {@code person:P10001}); at most {@link
 *     #MAX_RECORDS} are kept, {@code recordCount} says how many there were in all
 * @param recipients who received the records, for a disclosure
 * @param channel screen, export, print or API
 * @param source where from: the client address, or the host for a command
 * @param reason the justification the user gave, when one was asked for
 */
public record AuditEvent(
    Instant at,
    String actor,
    @Nullable String role,
    @Nullable Operation operation,
    String action,
    List<String> records,
    long recordCount,
    List<String> recipients,
    @Nullable Channel channel,
    @Nullable String source,
    @Nullable String reason,
    Outcome outcome) {

  /** Enough to name what one page or one small change touched; bulk reads give their count. */
  public static final int MAX_RECORDS = 100;

  public AuditEvent {
    at = at.truncatedTo(ChronoUnit.MILLIS);
    records = List.copyOf(records.size() > MAX_RECORDS ? records.subList(0, MAX_RECORDS) : records);
    recipients = List.copyOf(recipients);
    if (recordCount < records.size()) {
      throw new IllegalArgumentException("recordCount below the records named");
    }
    if (action.isBlank() || actor.isBlank()) {
      throw new IllegalArgumentException("an audit event needs an actor and an action");
    }
  }
}
