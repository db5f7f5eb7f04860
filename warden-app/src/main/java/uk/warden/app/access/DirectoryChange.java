package uk.warden.app.access;

/**
 * What an import changed: what the source listed, and how many principals it no longer lists
 * (disabled) and grants it no longer lists (revoked).
 */
public record DirectoryChange(
    int principals, int memberships, int grants, int disabled, int revoked) {}
