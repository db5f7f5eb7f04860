package uk.warden.app.account;

import java.time.OffsetDateTime;

/** A local user; the password hash never leaves the store layer. */
public record Account(String username, Role role, boolean enabled, OffsetDateTime createdAt) {}
