package uk.warden.app.account;

import java.time.OffsetDateTime;

/**
 * A local user; the password hash never leaves the store layer. {@code seesNames} is the names
 * grant, which lets an analyst see people's names (other roles see them by their role).
 */
public record Account(
    String username, Role role, boolean enabled, OffsetDateTime createdAt, boolean seesNames) {}
