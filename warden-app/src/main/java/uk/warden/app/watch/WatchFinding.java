package uk.warden.app.watch;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.LossShape;

/**
 * An unexplained loss as kept: found once, refined as later snapshots arrive.
 *
 * @param migrationId the registered migration the loss happened during, whose manifests say exactly
 *     what is missing
 */
public record WatchFinding(
    long id,
    String system,
    LocalDate from,
    LocalDate to,
    long objects,
    double fraction,
    LossShape shape,
    LossSeverity severity,
    @Nullable Long migrationId,
    Instant foundAt,
    FindingStatus status,
    @Nullable String incidentId) {

  public String describe() {
    return String.format(
        "%s lost %,d objects (%.1f%%) %s", system, objects, fraction * 100, period());
  }

  public String period() {
    return from.equals(to) ? "on " + from : "from " + from + " to " + to;
  }
}
