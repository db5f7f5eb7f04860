package uk.warden.app.watch;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A count of one system as a face received it (pushed over the API, collected by the CLI): checked
 * by {@link WatchService} before anything is stored.
 *
 * @param parts objects per part (top-level folder, table, case or category), may be absent
 */
public record SnapshotRequest(
    @Nullable String system,
    @Nullable Instant takenAt,
    @Nullable Long objects,
    @Nullable Long bytes,
    @Nullable Map<String, Long> parts) {}
