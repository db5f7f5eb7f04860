package uk.warden.app.disclosure;

import java.time.Instant;

/** One person's recorded decision on an inspected file; the reason is empty only for a PASS. */
public record ReleaseDecision(
    Decision decision, String decidedBy, Instant decidedAt, String reason) {}
