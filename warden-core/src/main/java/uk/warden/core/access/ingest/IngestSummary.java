package uk.warden.core.access.ingest;

/**
 * What a clean read found: lines read (header and blank lines included), events handed to the sink,
 * and blank lines skipped.
 */
public record IngestSummary(
    String source, LogFormat format, int lines, long events, int blankLines) {}
