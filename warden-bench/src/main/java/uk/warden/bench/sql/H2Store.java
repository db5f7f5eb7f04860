package uk.warden.bench.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh H2 file database in a new folder, opened with the embedded store's options (PostgreSQL
 * mode, a 256 MB cache), and deleted on close, or at exit if a run is interrupted: at national
 * scale it holds twenty million rows. H2's reuse of the last result of an identical query over
 * unchanged tables is turned off: repeated runs must compute, as the first did.
 */
public final class H2Store implements BaselineStore {

  static final String OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144"
          + ";OPTIMIZE_REUSE_RESULTS=FALSE";

  private final Path dir;
  private final Connection connection;
  private final String name;
  private final Thread deleteAtExit;

  private H2Store(Path dir, Connection connection) throws SQLException {
    this.dir = dir;
    this.connection = connection;
    this.name = ProductName.of(connection);
    this.deleteAtExit = new Thread(() -> delete(dir));
    Runtime.getRuntime().addShutdownHook(deleteAtExit);
  }

  /** A new database in a new folder under {@code parent}. */
  public static H2Store open(Path parent) throws SQLException {
    Path dir;
    try {
      dir = Files.createTempDirectory(parent, "warden-bench-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = "jdbc:h2:file:" + dir.resolve("warden").toAbsolutePath() + OPTIONS;
    try {
      return new H2Store(dir, DriverManager.getConnection(url, "warden", ""));
    } catch (SQLException | RuntimeException e) {
      delete(dir);
      throw e;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public MembershipLoader memberships() {
    return new BatchMembershipLoader();
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      Runtime.getRuntime().removeShutdownHook(deleteAtExit);
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
