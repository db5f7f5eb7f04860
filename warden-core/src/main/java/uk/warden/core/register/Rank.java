package uk.warden.core.register;

/**
 * A rank in a force's rank table. The ordinal orders ranks from constable (1) upwards so that
 * breakdowns sort by seniority rather than alphabetically.
 */
public record Rank(String code, String title, int ordinal) {}
