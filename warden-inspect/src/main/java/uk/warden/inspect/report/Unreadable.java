package uk.warden.inspect.report;

/** A file that could not be read at all, and why, in words a user can act on. */
public record Unreadable(String file, String reason) {}
