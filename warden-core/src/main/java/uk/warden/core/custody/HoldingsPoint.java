package uk.warden.core.custody;

import java.time.Instant;

/** One point of a holdings chart: how many people held at {@code at}, and how many overdue. */
public record HoldingsPoint(Instant at, int held, int overdue) {}
