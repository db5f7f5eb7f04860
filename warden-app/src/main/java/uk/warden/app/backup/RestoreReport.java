package uk.warden.app.backup;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A store restored.
 *
 * @param folder the data folder now holding the restored store
 * @param takenAt when the backup was taken
 * @param schemaVersion the restored store's newest migration
 * @param latestVersion this Warden's newest migration; if later, the next start applies the rest
 * @param previous where the store that was replaced is kept, or null if there was none
 */
public record RestoreReport(
    Path folder,
    Instant takenAt,
    String schemaVersion,
    String latestVersion,
    @Nullable Path previous) {

  /** True if the next start of Warden will migrate the restored store. */
  public boolean needsMigration() {
    return !schemaVersion.equals(latestVersion);
  }
}
