package uk.warden.app.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the embedded store with a backup, all or nothing. The backup is unpacked into a new
 * folder beside the data folder and opened there as a store (its password, its Flyway history, a
 * schema this Warden knows) before anything is replaced; then the data folder is renamed aside,
 * kept so that a mistaken restore can be undone, and the new folder renamed into its place. Any
 * refusal leaves the data folder as it was, and nothing new beside it.
 */
public final class StoreRestore {

  private static final Logger LOG = LoggerFactory.getLogger(StoreRestore.class);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private StoreRestore() {}

  /**
   * Restores the backup {@code file} into {@code dataFolder}; refuses (as bad input) a store in
   * use, an existing store unless {@code replace}, and a file that is not a backup this Warden can
   * restore.
   */
  public static RestoreReport restore(Path file, Path dataFolder, boolean replace)
      throws IOException {
    Path data = dataFolder.toAbsolutePath().normalize();
    String folderName = dataFolder.toString();
    if (Files.exists(data) && !Files.isDirectory(data)) {
      throw BackupArchive.refused(folderName, "is a file, not a data folder");
    }
    String server = StoreInUse.server(data);
    if (server != null) {
      throw BackupArchive.refused(
          folderName,
          "the store is in use by a running Warden (its server at "
              + server
              + "); stop it, then restore");
    }
    if (Files.exists(data.resolve(BackupArchive.DATABASE)) && !replace) {
      throw BackupArchive.refused(
          folderName,
          "holds a store; add --force to replace it (it is kept beside it, renamed, until you"
              + " delete it)");
    }
    Files.createDirectories(data.getParent());
    Path staged =
        Files.createTempDirectory(data.getParent(), "." + data.getFileName() + ".restore-");
    try {
      BackupArchive.Manifest manifest = BackupArchive.extract(file, staged);
      protect(staged.resolve(BackupArchive.SECRET));
      SchemaHistory history = check(file.toString(), staged);
      String schema = Objects.requireNonNull(history.applied(), "checked").getVersion();
      Path previous = swap(staged, data);
      RestoreReport report =
          new RestoreReport(
              data, manifest.takenAt(), schema, history.latest().getVersion(), previous);
      LOG.info(
          "Embedded store restored from {}: {} bytes, schema version {}",
          file.getFileName(),
          Files.size(file),
          report.schemaVersion());
      return report;
    } finally {
      delete(staged);
    }
  }

  /**
   * Opens the unpacked store as Warden will, refusing it with the reason if that would fail. The
   * connection is opened first, for H2's own reason when the store cannot be opened (a wrong
   * password, a damaged file), and held while Flyway reads, so the store is opened once.
   */
  @SuppressWarnings("try")
  private static SchemaHistory check(String name, Path staged) {
    DataSource store = ExistingStore.of(staged);
    SchemaHistory history;
    try (Connection held = store.getConnection()) {
      history = SchemaHistory.of(store);
    } catch (SQLException | FlywayException e) {
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw BackupArchive.refused(name, "does not open as a Warden store: " + reason);
    }
    MigrationVersion applied = history.applied();
    if (applied == null) {
      throw BackupArchive.refused(
          name, "holds no Flyway schema history, so it is not a backup of a Warden store");
    }
    if (history.newerThanThisWarden()) {
      throw BackupArchive.refused(
          name,
          "holds schema version "
              + applied.getVersion()
              + ", newer than this Warden's latest migration ("
              + history.latest().getVersion()
              + "): it was made by a newer Warden; upgrade Warden, then restore");
    }
    return history;
  }

  /**
   * Renames the data folder aside (if there is one) and the staged store into its place; returns
   * where the old folder is kept. If the second rename fails the first is undone.
   */
  private static @Nullable Path swap(Path staged, Path data) throws IOException {
    if (!Files.exists(data)) {
      rename(staged, data);
      return null;
    }
    Path previous = aside(data);
    rename(data, previous);
    try {
      rename(staged, data);
    } catch (IOException e) {
      rename(previous, data);
      throw e;
    }
    return previous;
  }

  /** {@code warden-data.before-restore-20260131T120000Z}, with a count if that is taken. */
  private static Path aside(Path data) {
    String base =
        data.getFileName()
            + ".before-restore-"
            + STAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    Path previous = data.resolveSibling(base);
    for (int n = 2; Files.exists(previous); n++) {
      previous = data.resolveSibling(base + "-" + n);
    }
    return previous;
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** The password file as StoreLocation makes it: readable by its owner only. */
  private static void protect(Path secret) throws IOException {
    try {
      Files.setPosixFilePermissions(
          secret, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL is what protects it.
    }
  }

  /** Removes the staging folder, which after a successful swap no longer exists. */
  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
