package uk.warden.app.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.warden.app.platform.StoreVersions.Topic;

/**
 * What an in-memory index was built from, saved beside an embedded store ({@code DATA/index/}), so
 * the next process (a cold CLI command, a server starting) reads one file instead of scanning a
 * million rows. Each file carries its key: the store's identity and the versions of the topics the
 * index is built from, read before the rows were. A file whose key differs from the store's now is
 * ignored and replaced; so is one that cannot be read, for any reason. The files are derived data:
 * deleting the folder only costs the next command a full read of the store.
 *
 * <p>The identity is a random number kept in the store itself (a row of {@code store_version} named
 * {@code identity}, made when the first file is saved), so a file is never taken for another
 * store's, even one copied over this one. The files hold what the store holds about people (kinds,
 * ranks, units, sensitive roles, clearances), so only their owner may read them. With PostgreSQL
 * there is no data folder and nothing is saved.
 */
@Component
public class IndexFiles {

  /** Bump when any file's layout changes: files of another format are ignored. */
  static final int FORMAT = 1;

  static final String FOLDER = "index";
  private static final String IDENTITY = "identity";
  private static final byte[] MAGIC = "WARDEN-INDEX\n".getBytes(StandardCharsets.US_ASCII);
  private static final int MOST_KEYS = 16;

  private final @Nullable Path folder;

  @Autowired
  public IndexFiles(@Value("${spring.datasource.url:}") String jdbcUrl) {
    this(folderOf(jdbcUrl));
  }

  /** Files in {@code folder}; none saved or read if it is null. */
  public IndexFiles(@Nullable Path folder) {
    this.folder = folder;
  }

  /** Nothing saved or read: a database that is not an embedded file store. */
  public static IndexFiles none() {
    return new IndexFiles((Path) null);
  }

  /** {@code DATA/index} for an embedded store's URL ({@code jdbc:h2:file:DATA/warden;...}). */
  static @Nullable Path folderOf(@Nullable String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
      return null;
    }
    int end = jdbcUrl.indexOf(';');
    Path database = Path.of(jdbcUrl.substring(prefix.length(), end < 0 ? jdbcUrl.length() : end));
    Path data = database.toAbsolutePath().getParent();
    return data == null ? null : data.resolve(FOLDER);
  }

  public boolean enabled() {
    return folder != null;
  }

  /** An index's key: the format, the store's identity (0 if none yet) and the topics' versions. */
  public record Key(long[] values) {
    boolean complete() {
      return values[1] != 0;
    }

    /** This key with one more value: what else the index depends on (a day, say). */
    public Key with(long value) {
      long[] more = Arrays.copyOf(values, values.length + 1);
      more[values.length] = value;
      return new Key(more);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && Arrays.equals(values, key.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return Arrays.toString(values);
    }
  }

  /**
   * The key of an index built from {@code topics} as the store stands now; read it before reading
   * the rows, so a write landing during the read makes the saved file stale rather than wrong.
   */
  public Key key(JdbcTemplate template, Topic... topics) {
    long[] values = new long[topics.length + 2];
    values[0] = FORMAT;
    if (folder == null) {
      return new Key(values);
    }
    Map<String, Long> versions = new HashMap<>();
    template.query(
        "SELECT topic, version FROM store_version",
        rs -> {
          versions.put(rs.getString(1), rs.getLong(2));
        });
    values[1] = versions.getOrDefault(IDENTITY, 0L);
    for (int i = 0; i < topics.length; i++) {
      values[i + 2] = versions.getOrDefault(topics[i].name().toLowerCase(Locale.ROOT), -1L);
    }
    return new Key(values);
  }

  /** Reads an index from its file. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(ByteBuffer in);
  }

  /** The index saved under {@code name} for exactly this key, or null. */
  public <T> @Nullable T read(String name, Key key, Reader<T> reader) {
    if (folder == null || !key.complete()) {
      return null;
    }
    Path file = folder.resolve(name + ".bin");
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      ByteBuffer in;
      // Mapped, not read: the index is read once, straight into its columns, and a copy of tens
      // of megabytes on the heap would only be garbage for the collector to move.
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      }
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      int keys = in.getInt();
      if (!Arrays.equals(magic, MAGIC) || keys != key.values().length) {
        return null;
      }
      for (long value : key.values()) {
        if (in.getLong() != value) {
          return null;
        }
      }
      int length = in.getInt();
      long crc = in.getLong();
      if (length != in.remaining() || crc != crc(in, length)) {
        return null;
      }
      return reader.read(in.slice());
    } catch (IOException | RuntimeException unreadable) {
      // Stale, damaged or of another build: the caller reads the store and saves it again.
      return null;
    }
  }

  /**
   * Saves an index under {@code name}, replacing any other, never half-written: into a new file
   * that is then moved into place. Gives the store its identity first if it has none, so the file
   * can only ever match this store. Failing to save (a read-only folder or store) is not an error.
   */
  public void write(String name, JdbcTemplate template, Key key, Supplier<ByteBuffer> payload) {
    if (folder == null || key.values().length > MOST_KEYS) {
      return;
    }
    try {
      long[] values = key.values().clone();
      if (values[1] == 0) {
        values[1] = identity(template);
      }
      ByteBuffer body = payload.get();
      int size = body.remaining();
      ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + 8 * values.length + 4 + 8);
      header.put(MAGIC).putInt(values.length);
      for (long value : values) {
        header.putLong(value);
      }
      header.putInt(size).putLong(crc(body, size));
      Files.createDirectories(folder);
      ownerOnly(folder, "rwx------");
      Path temporary = Files.createTempFile(folder, name + "-", ".tmp");
      try {
        ownerOnly(temporary, "rw-------");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
          header.flip();
          while (header.hasRemaining()) {
            channel.write(header);
          }
          while (body.hasRemaining()) {
            channel.write(body);
          }
        }
        move(temporary, folder.resolve(name + ".bin"));
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | DataAccessException | UnsupportedOperationException notSaved) {
      // The index is still right in memory; the next process reads the store again.
    }
  }

  /** The store's identity, made now if it has none (by whichever process gets there first). */
  private static long identity(JdbcTemplate template) {
    long made = 0;
    SecureRandom random = new SecureRandom();
    while (made == 0) {
      made = random.nextLong();
    }
    template.update(
        "INSERT INTO store_version (topic, version) SELECT ?, ? WHERE NOT EXISTS"
            + " (SELECT 1 FROM store_version WHERE topic = ?)",
        IDENTITY,
        made,
        IDENTITY);
    Long identity =
        template.queryForObject(
            "SELECT version FROM store_version WHERE topic = ?", Long.class, IDENTITY);
    return identity == null ? made : identity;
  }

  private static long crc(ByteBuffer in, int length) {
    CRC32 crc = new CRC32();
    crc.update(in.duplicate().limit(in.position() + length));
    return crc.getValue();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void ownerOnly(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString(permissions)));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data folder's ACL is what protects it, as for the store itself.
    }
  }
}
