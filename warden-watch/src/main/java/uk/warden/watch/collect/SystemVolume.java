package uk.warden.watch.collect;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.manifest.Manifest;

/**
 * What one system held when it was counted: objects (files, rows, records) and bytes in all, the
 * same split into parts where the system can say (per top-level folder, per table, per case or
 * category), and, where asked for, the manifest of every object.
 *
 * @param system the register code of the system counted
 * @param parts objects per part, in the collector's stable order (kept as given); empty when the
 *     collector has no parts
 */
public record SystemVolume(
    String system,
    Instant takenAt,
    long objects,
    long bytes,
    Map<String, Long> parts,
    @Nullable Manifest manifest) {

  public SystemVolume {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(takenAt, "takenAt");
    // Map.copyOf would lose the collector's order, which the app shows parts in.
    Map<String, Long> copy = new LinkedHashMap<>();
    parts.forEach(
        (name, count) ->
            copy.put(Objects.requireNonNull(name, "part"), Objects.requireNonNull(count, "count")));
    parts = Collections.unmodifiableMap(copy);
    if (objects < 0 || bytes < 0) {
      throw new IllegalArgumentException("a volume counts nothing negative");
    }
  }
}
