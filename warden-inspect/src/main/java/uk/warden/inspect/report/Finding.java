package uk.warden.inspect.report;

import uk.warden.inspect.content.Location;

/**
 * One thing found: its code (a hidden-content code such as {@code HIDDEN_SHEET}, a personal-data
 * type such as {@code PERSON_NAME}, or {@code WORKFORCE_MATCH} / {@code HIGH_RISK_COMBINATION}),
 * how grave it is, the verdict the policy gives it, where it is, how many items and a sentence for
 * people. The detail never quotes what was found beyond a masked example.
 */
public record Finding(
    String code,
    Severity severity,
    Verdict verdict,
    Location location,
    long count,
    String detail) {}
