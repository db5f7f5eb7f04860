package uk.warden.app.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.warden.app.platform.StoreLocation;

/**
 * Keys in a file readable by its owner only, created on first use. By default it sits beside the
 * embedded store's folder ({@code warden-data.key} beside {@code warden-data/}), never inside it:
 * whoever copies the data folder, or a backup of it, gets no key with it.
 */
public final class KeyFile implements KeySource {

  /** The file's name beside a database server's users: the working directory's. */
  public static final String SERVER_DEFAULT = "warden.key";

  private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);

  private final Path file;

  public KeyFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** The key file of a store: beside an embedded store's folder, else {@link #SERVER_DEFAULT}. */
  public static Path besideStore(StoreLocation store) {
    if (store.dataDir() == null) {
      return Path.of(SERVER_DEFAULT);
    }
    return besideFolder(store.dataDir());
  }

  /** The default key file of the embedded store in this folder. */
  public static Path besideFolder(Path dataFolder) {
    Path folder = dataFolder.toAbsolutePath().normalize();
    return folder.resolveSibling(folder.getFileName() + ".key");
  }

  public Path path() {
    return file;
  }

  @Override
  public synchronized Keys load() {
    if (Files.exists(file)) {
      try {
        return Keys.fromJson(Files.readString(file, StandardCharsets.UTF_8), "key file " + file);
      } catch (IOException e) {
        throw new KeysUnusableException("cannot read the key file " + file + ": " + e.getMessage());
      }
    }
    Keys keys = Keys.generate();
    save(keys);
    LOG.warn(
        "Created a new key file at {}: it unlocks the names in the store. Back it up apart from"
            + " the database and its backups; without it they cannot be read.",
        file);
    return keys;
  }

  /** Written to a private temporary file in the same folder, then moved over the old one. */
  @Override
  public synchronized void save(Keys keys) {
    Path folder = file.getParent();
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
      try {
        ownerOnly(temp);
        Files.writeString(temp, keys.toJson(), StandardCharsets.UTF_8);
        move(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new KeysUnusableException("cannot write the key file " + file + ": " + e.getMessage());
    }
  }

  private void move(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL is what protects it.
    }
  }

  @Override
  public boolean writable() {
    return true;
  }

  @Override
  public long stamp() {
    try {
      return Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public String describe() {
    return "key file " + file;
  }
}
