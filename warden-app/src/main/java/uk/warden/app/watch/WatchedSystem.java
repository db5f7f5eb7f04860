package uk.warden.app.watch;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Marking;
import uk.warden.core.watch.LossSeverity;

/**
 * A line of the watch overview: a system's latest count, its change over the last week, and its
 * open losses.
 *
 * @param weekChange objects gained (or, negative, lost) since the snapshot seven days before the
 *     latest, or null without one
 */
public record WatchedSystem(
    String code,
    String name,
    Marking marking,
    @Nullable LocalDate lastDay,
    long objects,
    long bytes,
    @Nullable Long weekChange,
    int openFindings,
    @Nullable LossSeverity worst) {}
