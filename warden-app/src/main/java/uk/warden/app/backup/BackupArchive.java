package uk.warden.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import uk.warden.app.platform.StoreLocation;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The backup file: a zip of the store's database file as H2's {@code BACKUP} copied it, a manifest
 * and the store's password, so that the file alone restores a working store.
 *
 * <p>The password goes with the copy because it protects little the copy does not already give
 * away: whoever holds the backup holds the register. The key that seals people's names and
 * identifiers is another matter: a backup that carried it would hand them to anyone who finds the
 * backup. It lives beside the data folder ({@code warden-data.key}), not in it, so it is never
 * copied here, and must be backed up apart.
 */
final class BackupArchive {

  static final String MANIFEST = "warden-backup.properties";
  static final String DATABASE = StoreLocation.DATABASE_FILE;
  static final String SECRET = StoreLocation.SECRET_FILE;

  /** Every entry of a backup, in order; a zip with any other is not one of ours. */
  static final List<String> ENTRIES = List.of(DATABASE, MANIFEST, SECRET);

  /**
   * What else a data folder may hold and why the backup leaves it out. Anything not named here is
   * left out as well, above all a key file: only the store and its password are copied.
   */
  static final Map<String, String> LEFT_OUT =
      Map.of(
          "index",
          "derived from the store; the next command rebuilds it",
          StoreInUse.LOCK_FILE,
          "H2's lock, present while a process has the store open",
          "warden.trace.db",
          "H2's error log");

  static final String NOT_THE_STORE =
      "not part of the store; back it up separately if you need it, and keep any key file apart"
          + " from the backups";

  /** Bump when the layout changes, so an older Warden refuses a backup it cannot read. */
  private static final String FORMAT = "1";

  private BackupArchive() {}

  /** What a backup's manifest says. */
  record Manifest(String schemaVersion, Instant takenAt) {}

  /**
   * Makes H2's copy of the database ({@code zip}, holding only the database file) a backup by
   * adding the manifest and the store's password. The zip file system copies the database entry as
   * it is, rather than inflating and deflating the whole store a second time.
   */
  static void complete(Path zip, Manifest manifest, Path secret) throws IOException {
    try (FileSystem backup = FileSystems.newFileSystem(zip)) {
      Set<String> copied = new TreeSet<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(backup.getPath("/"))) {
        entries.forEach(entry -> copied.add(entry.getFileName().toString()));
      }
      if (!copied.equals(Set.of(DATABASE))) {
        throw new IllegalStateException(
            "H2's backup held "
                + copied
                + ", not the one database file Warden knows how to restore");
      }
      Files.writeString(backup.getPath(MANIFEST), manifestText(manifest), StandardCharsets.UTF_8);
      Files.copy(secret, backup.getPath(SECRET));
    }
  }

  /**
   * Unpacks a backup's database and password into an empty {@code folder}, refusing a file that is
   * not a Warden backup with the reason; returns its manifest. Entries are written to fixed names,
   * never to a path taken from the zip.
   */
  static Manifest extract(Path file, Path folder) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw refused(name, "is a folder, not a backup file");
    }
    if (!Files.isRegularFile(file)) {
      throw refused(name, "no such file");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw refused(name, "is not a zip file, so not a Warden backup");
    }
    try (zip) {
      Set<String> entries = names(zip);
      if (!entries.equals(Set.copyOf(ENTRIES))) {
        throw refused(
            name,
            "is not a Warden backup: a backup holds "
                + String.join(", ", ENTRIES)
                + "; this zip holds "
                + (entries.isEmpty() ? "nothing" : String.join(", ", entries)));
      }
      Manifest manifest = manifest(name, zip);
      for (String entry : List.of(DATABASE, SECRET)) {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
          Files.copy(in, folder.resolve(entry));
        } catch (ZipException e) {
          throw refused(name, "is damaged: " + entry + " cannot be read (" + e.getMessage() + ")");
        }
      }
      return manifest;
    }
  }

  private static Manifest manifest(String name, ZipFile zip) throws IOException {
    Properties props = new Properties();
    try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
      props.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    String format = props.getProperty("format");
    if (!FORMAT.equals(format)) {
      throw refused(
          name,
          "is a Warden backup of format "
              + format
              + ", which this Warden does not know (it reads format "
              + FORMAT
              + "); restore it with the Warden that made it or a newer one");
    }
    String schema = props.getProperty("schema");
    String taken = props.getProperty("taken");
    try {
      if (schema != null && taken != null) {
        return new Manifest(schema, Instant.parse(taken));
      }
    } catch (DateTimeParseException e) {
      // reported below, as a missing time is
    }
    throw refused(name, "is not a Warden backup: its " + MANIFEST + " is incomplete");
  }

  private static String manifestText(Manifest manifest) {
    Properties props = new Properties();
    props.setProperty("format", FORMAT);
    props.setProperty("schema", manifest.schemaVersion());
    props.setProperty("taken", manifest.takenAt().toString());
    StringWriter text = new StringWriter();
    try {
      props.store(text, "Warden backup: restore with ./warden restore --from FILE");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  private static Set<String> names(ZipFile zip) {
    Set<String> names = new TreeSet<>();
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      names.add(e.nextElement().getName());
    }
    return names;
  }

  static BadInputException refused(String name, String reason) {
    return new BadInputException(InputProblem.file(name, reason));
  }
}
