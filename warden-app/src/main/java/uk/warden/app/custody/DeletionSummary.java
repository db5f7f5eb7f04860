package uk.warden.app.custody;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recorded deletion attestation as lists show it. {@code scope} is ALL, TRANSFER or PEOPLE; the
 * transfer id or the people count says which part of the holdings it covers.
 */
public record DeletionSummary(
    long id,
    String party,
    Instant at,
    String scope,
    @Nullable Long transferId,
    @Nullable Integer people,
    String evidence,
    Instant recordedAt,
    String recordedBy) {}
