package uk.warden.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.warden.app.platform.StoreLocation;

/**
 * Another process that holds an embedded store open and keeps writing to it, as {@code ./warden
 * serve} would: it opens the store as Warden does (H2's mixed mode, so it serves the store to
 * others), then commits transactions that each add a row to {@code probe_row} and count it in
 * {@code probe_total}. In any consistent copy the two agree.
 */
final class StoreWriter implements AutoCloseable {

  private final Process process;

  private StoreWriter(Process process) {
    this.process = process;
  }

  /** Starts writing to the store in {@code folder}; returns once the first row is committed. */
  static StoreWriter start(Path folder) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    StoreWriter.class.getName(),
                    folder.toString()))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"writing".equals(line)) {
      process.destroyForcibly();
      throw new AssertionError("the writer did not start: " + line);
    }
    return new StoreWriter(process);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  public static void main(String[] args) throws SQLException, InterruptedException {
    StoreLocation store = StoreLocation.embedded(Path.of(args[0]));
    try (Connection db =
            DriverManager.getConnection(store.jdbcUrl(), store.user(), store.password());
        Statement ddl = db.createStatement()) {
      ddl.execute("CREATE TABLE probe_row (n INT PRIMARY KEY)");
      ddl.execute("CREATE TABLE probe_total (id INT PRIMARY KEY, n INT NOT NULL)");
      ddl.execute("INSERT INTO probe_total VALUES (1, 0)");
      db.setAutoCommit(false);
      try (PreparedStatement row = db.prepareStatement("INSERT INTO probe_row VALUES (?)");
          PreparedStatement total =
              db.prepareStatement("UPDATE probe_total SET n = n + 1 WHERE id = 1")) {
        for (int n = 1; ; n++) {
          row.setInt(1, n);
          row.executeUpdate();
          total.executeUpdate();
          db.commit();
          if (n == 1) {
            System.out.println("writing");
            System.out.flush();
          }
          // Leaves the machine's other core to the command under test.
          Thread.sleep(2);
        }
      }
    }
  }
}
