package uk.warden.app.account;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A personal API token as listed to its owner: never the token itself. */
public record ApiToken(
    String id,
    String username,
    String label,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime expiresAt,
    @Nullable OffsetDateTime lastUsedAt) {}
