package uk.warden.app.register;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One import or register apply as the history shows it; {@code problems} holds no personal data.
 */
public record ImportRun(
    long id,
    String kind,
    String sourceName,
    OffsetDateTime runAt,
    String runBy,
    String outcome,
    int rowsRead,
    int added,
    int changed,
    int removed,
    @Nullable String problems) {}
