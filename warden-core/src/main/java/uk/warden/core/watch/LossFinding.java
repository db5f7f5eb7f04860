package uk.warden.core.watch;

import java.time.LocalDate;

/**
 * An unexplained loss: between {@code from} and {@code to} the system lost about {@code objects}
 * more than its history and every recorded explanation account for ({@code fraction} of what it
 * held before).
 */
public record LossFinding(
    LocalDate from,
    LocalDate to,
    long objects,
    double fraction,
    LossShape shape,
    LossSeverity severity) {}
