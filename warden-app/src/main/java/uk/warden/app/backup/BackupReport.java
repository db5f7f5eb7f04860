package uk.warden.app.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * A backup written.
 *
 * @param file where it is
 * @param bytes its size
 * @param sha256 its SHA-256, hex, to check a copy of it against
 * @param schemaVersion the store's newest migration at the time of the copy
 * @param leftOut what else the data folder held, name to why it is not in the backup
 */
public record BackupReport(
    Path file, long bytes, String sha256, String schemaVersion, Map<String, String> leftOut) {}
