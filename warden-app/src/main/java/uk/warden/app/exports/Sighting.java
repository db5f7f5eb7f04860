package uk.warden.app.exports;

import java.time.Instant;

/** Canaries of an extract found in a file: a copy of the extract is where it should not be. */
public record Sighting(
    long id,
    RecordedExtract extract,
    Instant seenAt,
    String seenBy,
    String fileName,
    String fileSha256,
    int canariesSeen,
    int canariesSent) {}
