package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.warden.app.backup.StoreBackup;
import uk.warden.app.backup.StoreRestore;
import uk.warden.app.platform.StoreLocation;

/**
 * {@code warden backup} and {@code warden restore} on real embedded stores: a generated force,
 * copied for each test, and another process writing to it while the backup is taken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupCommandTests {

  private static final int PEOPLE = 40;

  @TempDir Path dir;
  private Path generated;

  @BeforeAll
  void generate(@TempDir Path folder) {
    generated = folder.resolve("generated");
    CliRun run = warden("generate", "--people", String.valueOf(PEOPLE), "--data", str(generated));
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void backupWhileAnotherProcessWritesIsConsistentAndRestoresToThatPoint() throws Exception {
    Path store = copyOfGenerated("store");
    Path backup = dir.resolve("store.zip");
    // Derived files, and a key that must never travel with the data it protects.
    Files.createDirectories(store.resolve("index"));
    Files.writeString(store.resolve("names.key"), "a key");
    ListAppender<ILoggingEvent> log = listen();
    try (StoreWriter writer = StoreWriter.start(store)) {
      CliRun run = warden("backup", "--out", str(backup), "--data", str(store));
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("Backup written: " + backup.toAbsolutePath())
          .contains("SHA-256         " + sha256(backup))
          .containsPattern("size +[0-9.]+ [kM]B \\([0-9,]+ bytes\\)")
          .contains("schema version  010")
          .containsPattern("index/ +derived from the store")
          .containsPattern("names.key +not part of the store; .* keep any key file apart");
      // The writer serves the store: the backup ran through it, and it kept writing.
      String inUse =
          warden("restore", "--from", str(backup), "--data", str(store), "--force").err();
      assertThat(inUse).contains(store.toString(), "in use by a running Warden");
      awaitRows(store, probeRows(unpacked(backup)) + 20);
    }
    long rowsAfter = probeRows(store);

    // Into a new folder: no --force needed, and the store is the backup's, consistent.
    Path copy = dir.resolve("copy");
    CliRun fresh = warden("restore", "--from", str(backup), "--data", str(copy));
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(fresh.out()).contains("schema version 010").doesNotContain("kept in");
    long rowsInBackup = probeRows(copy);
    assertThat(rowsInBackup).isPositive().isEqualTo(probeTotal(copy)).isLessThan(rowsAfter);
    assertThat(count(copy, "person")).isEqualTo(PEOPLE);
    assertThat(names(copy)).containsExactly("store.secret", "warden.mv.db");

    // Over the store that moved on: back to the backup's point, the later store kept aside.
    CliRun over = warden("restore", "--from", str(backup), "--data", str(store), "--force");
    assertThat(over.exit()).as(over.err()).isZero();
    Matcher kept = Pattern.compile("kept in (\\S+):").matcher(over.out());
    assertThat(kept.find()).as(over.out()).isTrue();
    Path previous = Path.of(kept.group(1));
    assertThat(previous.getFileName().toString()).startsWith("store.before-restore-");
    assertThat(probeRows(store)).isEqualTo(rowsInBackup).isEqualTo(probeTotal(store));
    assertThat(probeRows(previous)).isEqualTo(rowsAfter);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.contains(".restore-") || name.endsWith(".part"));

    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(
            line ->
                line.matches("Backup .* written to store\\.zip: \\d+ bytes, schema version 010"))
        .anyMatch(
            line ->
                line.matches(
                    "Embedded store restored from store\\.zip: \\d+ bytes, schema version 010"));
  }

  @Test
  void restoreRefusesAFileThatIsNotAZip() throws IOException {
    Path file = dir.resolve("notes.zip");
    Files.writeString(file, "not a backup");

    assertRefusedWithoutChange(file, "notes.zip: is not a zip file, so not a Warden backup");
  }

  @Test
  void restoreRefusesAZipOfSomethingElse() throws IOException {
    Path file = dir.resolve("reports.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("report.csv"));
      zip.write("pay_number,surname\n".getBytes(StandardCharsets.UTF_8));
    }

    assertRefusedWithoutChange(
        file,
        "reports.zip: is not a Warden backup: a backup holds warden.mv.db, warden-backup.properties, store.secret; this zip holds report.csv");
  }

  @Test
  void restoreRefusesABackupWhosePasswordDoesNotOpenIt() throws IOException {
    Path backup = backupOf(copyOfGenerated("source"), "source.zip");
    Path tampered = dir.resolve("tampered.zip");
    try (ZipFile in = new ZipFile(backup.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
      for (ZipEntry entry :
          List.of(in.getEntry("warden.mv.db"), in.getEntry("warden-backup.properties"))) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.getInputStream(entry).transferTo(out);
      }
      out.putNextEntry(new ZipEntry("store.secret"));
      out.write("guessed\n".getBytes(StandardCharsets.UTF_8));
    }

    assertRefusedWithoutChange(
        tampered, "tampered.zip: does not open as a Warden store: Wrong user name or password");
  }

  @Test
  void restoreRefusesABackupFromANewerWarden() throws Exception {
    Path store = copyOfGenerated("store");
    try (Connection db = open(store);
        Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future',"
              + " 'SQL', 'V999__future.sql', 0, 'test', 0, TRUE)");
    }
    Path backup = backupOf(store, "future.zip");
    Path target = dir.resolve("target");

    CliRun run = warden("restore", "--from", str(backup), "--data", str(target));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "future.zip: holds schema version 999, newer than this Warden's latest migration"
                + " (010): it was made by a newer Warden; upgrade Warden, then restore");
    assertThat(target).doesNotExist();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.contains(".restore-"));
  }

  @Test
  void restoreRefusesAnExistingStoreWithoutForce() throws IOException {
    Path backup = backupOf(copyOfGenerated("other"), "other.zip");

    assertRefusedWithoutChange(backup, "holds a store; add --force to replace it");
  }

  @Test
  void restoreRefusesAStoreInUse() throws Exception {
    Path backup = backupOf(copyOfGenerated("other"), "other.zip");
    Path store = copyOfGenerated("store");
    List<String> beside = names(dir);
    try (Connection held = open(store);
        Statement sql = held.createStatement()) {
      // The holder writes as it likes, so the files' bytes may change; their names and this
      // table, which the backup does not have, must not.
      sql.execute("CREATE TABLE written_after_the_backup (n INT)");
      List<String> files = names(store);

      CliRun run = warden("restore", "--from", str(backup), "--data", str(store), "--force");

      assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err())
          .contains(str(store) + ": the store is in use by a running Warden (its server at");
      assertThat(names(store)).isEqualTo(files);
      assertThat(names(dir)).isEqualTo(beside);
    }
    assertThat(count(store, "written_after_the_backup")).isZero();
  }

  @Test
  void backupRefusesToReplaceAFileWithoutForce() throws IOException {
    Path store = copyOfGenerated("store");
    Path file = dir.resolve("existing.zip");
    Files.writeString(file, "an older backup");

    CliRun refused = warden("backup", "--out", str(file), "--data", str(store));

    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("existing.zip: already exists; add --force to replace it");
    assertThat(Files.readString(file)).isEqualTo("an older backup");

    CliRun forced = warden("backup", "--out", str(file), "--data", str(store), "--force");

    assertThat(forced.exit()).as(forced.err()).isZero();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName))
          .containsExactly("warden.mv.db", "warden-backup.properties", "store.secret");
    }
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.endsWith(".part"));
  }

  @Test
  void backupOfAFolderWithoutAStoreCreatesNothing() {
    Path missing = dir.resolve("missing");

    CliRun run = warden("backup", "--out", str(dir.resolve("b.zip")), "--data", str(missing));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("missing: holds no Warden store to back up");
    assertThat(missing).doesNotExist();
    assertThat(dir.resolve("b.zip")).doesNotExist();
  }

  @Test
  void postgresqlIsBackedUpWithItsOwnTools() {
    Path file = dir.resolve("pg.zip");

    CliRun backup =
        warden("backup", "--out", str(file), "--db-url", "jdbc:postgresql://127.0.0.1:1/warden");
    CliRun restore =
        warden("restore", "--from", str(file), "--db-url", "jdbc:postgresql://127.0.0.1:1/warden");

    assertThat(backup.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(backup.err()).contains("--db-url names a database server", "pg_dump -Fc");
    assertThat(restore.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(restore.err()).contains("pg_restore --clean --if-exists");
    assertThat(file).doesNotExist();
  }

  /**
   * A restore of {@code file} over a copy of the generated store is refused and changes nothing.
   */
  private void assertRefusedWithoutChange(Path file, String reason) throws IOException {
    Path store = copyOfGenerated("store");
    Map<String, String> before = contents(store);
    List<String> beside = names(dir);
    boolean force = !reason.contains("--force");

    CliRun run =
        force
            ? warden("restore", "--from", str(file), "--data", str(store), "--force")
            : warden("restore", "--from", str(file), "--data", str(store));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(reason);
    assertThat(run.stray()).isEmpty();
    assertThat(contents(store)).isEqualTo(before);
    assertThat(names(dir)).isEqualTo(beside);
  }

  private Path backupOf(Path store, String name) {
    Path file = dir.resolve(name);
    CliRun run = warden("backup", "--out", str(file), "--data", str(store));
    assertThat(run.exit()).as(run.err()).isZero();
    return file;
  }

  /** The backup's store, unpacked by hand into a new folder. */
  private Path unpacked(Path backup) throws IOException {
    Path folder = Files.createTempDirectory(dir, "unpacked");
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      for (String name : List.of("warden.mv.db", "store.secret")) {
        Files.copy(zip.getInputStream(zip.getEntry(name)), folder.resolve(name));
      }
    }
    return folder;
  }

  /** Waits until the writer has committed at least {@code rows}. */
  private static void awaitRows(Path store, long rows) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (probeRows(store) >= rows) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the writer stopped writing");
  }

  private Path copyOfGenerated(String name) throws IOException {
    Path copy = dir.resolve(name);
    try (Stream<Path> files = Files.walk(generated)) {
      for (Path from : files.toList()) {
        Files.copy(from, copy.resolve(generated.relativize(from).toString()));
      }
    }
    return copy;
  }

  /** Every file under {@code folder}, by relative path, with its SHA-256. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(folder.relativize(file).toString(), sha256(file));
      }
    }
    return contents;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ListAppender<ILoggingEvent> listen() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    for (Class<?> type : List.of(StoreBackup.class, StoreRestore.class)) {
      Logger logger = (Logger) LoggerFactory.getLogger(type);
      logger.setLevel(ch.qos.logback.classic.Level.INFO);
      logger.addAppender(appender);
    }
    return appender;
  }

  private static long probeRows(Path store) throws SQLException {
    return count(store, "probe_row");
  }

  private static long probeTotal(Path store) throws SQLException {
    return single(store, "SELECT n FROM probe_total");
  }

  private static long count(Path store, String table) throws SQLException {
    return single(store, "SELECT COUNT(*) FROM " + table);
  }

  private static long single(Path store, String query) throws SQLException {
    try (Connection db = open(store);
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection open(Path store) throws SQLException {
    StoreLocation location = StoreLocation.embedded(store);
    return DriverManager.getConnection(
        location.jdbcUrl() + ";IFEXISTS=TRUE", location.user(), location.password());
  }

  private static String str(Path path) {
    return path.toString();
  }
}
