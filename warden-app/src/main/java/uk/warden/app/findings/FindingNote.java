package uk.warden.app.findings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a finding's history: who did what, when, and why. */
public record FindingNote(FindingAction action, @Nullable String note, Instant at, String by) {}
