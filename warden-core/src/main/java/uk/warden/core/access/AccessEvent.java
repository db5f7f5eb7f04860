package uk.warden.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One logged use of a system, in the shape of DPA 2018 s.62 (DOMAIN.md §2.2): who ({@code
 * principalId}), when ({@code at}), where ({@code systemCode}), what ({@code operation}), how many
 * records ({@code records}), to whom for a disclosure ({@code recipients}) and why ({@code
 * justification}, optional since the Data (Use and Access) Act 2025 and configurable per force).
 * {@code eventId} is the source system's own id when it has one, and {@code channel} how the
 * records were reached, where known.
 *
 * <p>An erasure event records that records were erased, never what they held.
 */
public record AccessEvent(
    @Nullable String eventId,
    Instant at,
    String principalId,
    String systemCode,
    Operation operation,
    long records,
    List<String> recipients,
    @Nullable String justification,
    @Nullable Channel channel) {

  public AccessEvent {
    if (eventId != null) {
      PrincipalIds.require(eventId, "event");
    }
    Objects.requireNonNull(at, "at");
    PrincipalIds.require(principalId, "principal");
    SystemCodes.require(systemCode);
    Objects.requireNonNull(operation, "operation");
    if (records < 0) {
      throw new IllegalArgumentException("an event cannot touch a negative number of records");
    }
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    justification = justification == null || justification.isBlank() ? null : justification.strip();
  }

  /** A consultation of {@code records} records, with nothing else known. */
  public static AccessEvent consult(
      Instant at, String principalId, String systemCode, long records) {
    return new AccessEvent(
        null, at, principalId, systemCode, Operation.CONSULT, records, List.of(), null, null);
  }

  /** The SHA-256 of the event's normalised fields: see {@link EventFingerprint}. */
  public String fingerprint() {
    return new EventFingerprint().of(this);
  }

  /** Leaves out the justification, which may name a case or a person. */
  @Override
  public String toString() {
    return "AccessEvent[at="
        + at
        + ", principal="
        + principalId
        + ", system="
        + systemCode
        + ", "
        + operation
        + ", records="
        + records
        + "]";
  }
}
