package uk.warden.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the embedded store to one file while it may be in use. H2's {@code BACKUP TO} copies the
 * database as one transaction sees it (the store keeps every version a reader may still need), so a
 * server writing meanwhile neither waits nor leaves half a change in the copy. When a server holds
 * the store, the statement runs in the server's process, through H2's mixed mode.
 *
 * <p>The file appears whole or not at all: it is written beside its target under a temporary name,
 * readable by its owner only (it holds the force's personal data), and moved into place when
 * complete. A failed or interrupted backup leaves at most that temporary file, never a file under
 * the target's name.
 */
public final class StoreBackup {

  private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);

  private StoreBackup() {}

  /**
   * Writes a backup of the store in {@code dataFolder} to {@code target}; refuses (as bad input) a
   * folder without a store, and an existing target unless {@code replace}.
   */
  public static BackupReport write(Path dataFolder, Path target, boolean replace)
      throws IOException {
    Path data = dataFolder.toAbsolutePath().normalize();
    String name = target.toString();
    Path file = target.toAbsolutePath().normalize();
    // Before StoreLocation, which would create a password for a store that is not there.
    if (!Files.isRegularFile(data.resolve(BackupArchive.DATABASE))
        || !Files.isRegularFile(data.resolve(BackupArchive.SECRET))) {
      throw BackupArchive.refused(dataFolder.toString(), "holds no Warden store to back up");
    }
    if (Files.isDirectory(file)) {
      throw BackupArchive.refused(name, "is a folder, not a file");
    }
    if (Files.exists(file) && !replace) {
      throw BackupArchive.refused(name, "already exists; add --force to replace it");
    }
    Map<String, String> leftOut = leftOut(data);
    // H2 writes its copy straight to the temporary file. When a server holds the store, the
    // statement runs in the server's process, which runs as this command's user: both read the
    // store's password, which only its owner may.
    Path partial = claim(name, file);
    try {
      DataSource store = ExistingStore.of(data);
      String schema;
      // One connection held throughout keeps the store open, so Flyway's look at the history
      // does not open and close a store that no server holds a second time.
      try (Connection held = store.getConnection();
          Statement statement = held.createStatement()) {
        MigrationVersion applied = SchemaHistory.of(store).applied();
        if (applied == null) {
          throw BackupArchive.refused(
              dataFolder.toString(), "holds no Flyway schema history, so no Warden store");
        }
        schema = applied.getVersion();
        statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new IOException("cannot back up the store in " + data + ": " + e.getMessage(), e);
      }
      BackupArchive.complete(
          partial,
          new BackupArchive.Manifest(schema, Instant.now().truncatedTo(ChronoUnit.SECONDS)),
          data.resolve(BackupArchive.SECRET));
      long bytes = Files.size(partial);
      String sha256 = sha256(partial);
      place(name, partial, file, replace);
      LOG.info(
          "Backup of the embedded store written to {}: {} bytes, schema version {}",
          file.getFileName(),
          bytes,
          schema);
      return new BackupReport(file, bytes, sha256, schema, leftOut);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** What the data folder holds besides the store and its password, with why it stays out. */
  private static Map<String, String> leftOut(Path data) throws IOException {
    Map<String, String> leftOut = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(data)) {
      for (Path entry : entries) {
        String entryName = entry.getFileName().toString();
        if (!BackupArchive.ENTRIES.contains(entryName)) {
          leftOut.put(
              entryName + (Files.isDirectory(entry) ? "/" : ""),
              BackupArchive.LEFT_OUT.getOrDefault(entryName, BackupArchive.NOT_THE_STORE));
        }
      }
    }
    return leftOut;
  }

  /** The temporary file beside the target, made now so an unwritable place fails before work. */
  private static Path claim(String name, Path file) {
    try {
      return Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".part");
    } catch (NoSuchFileException e) {
      throw BackupArchive.refused(name, "cannot be written: no such folder");
    } catch (AccessDeniedException e) {
      throw BackupArchive.refused(name, "cannot be written: permission denied");
    } catch (IOException e) {
      throw BackupArchive.refused(name, "cannot be written: " + e.getMessage());
    }
  }

  /**
   * Moves the finished backup into place. Without {@code replace}, a file that appeared there
   * meanwhile is kept, not overwritten (a rename would replace it silently).
   */
  private static void place(String name, Path partial, Path file, boolean replace)
      throws IOException {
    if (!replace) {
      try {
        Files.move(partial, file);
      } catch (FileAlreadyExistsException e) {
        throw BackupArchive.refused(name, "already exists; add --force to replace it");
      }
      return;
    }
    try {
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha256.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
