package uk.warden.core.access.directory;

/** A value read from a file, with the line it came from, for checks across files. */
record Lined<T>(String source, int line, T value) {}
