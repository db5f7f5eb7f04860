package uk.warden.watch.collect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.warden.watch.Secret;
import uk.warden.watch.collect.CollectionException;
import uk.warden.watch.collect.SystemVolume;

/**
 * The JDBC collector against a real server: a uniquely named table of seven evidence items (three
 * DNA, four CCTV, and one with no category) is created for each test and dropped after it.
 */
abstract class JdbcCollectorContract {

  static final Instant NOW = Instant.parse("2023-07-14T02:00:00Z");

  final TestDatabase database;
  Connection admin;
  String table;

  JdbcCollectorContract(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void createTable() throws SQLException {
    admin = database.connect();
    table = TestDatabase.uniqueTable();
    TestDatabase.execute(
        admin, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, category VARCHAR(20))");
    TestDatabase.execute(
        admin,
        "INSERT INTO "
            + table
            + " VALUES (1, 'dna'), (2, 'dna'), (3, 'dna'), (4, 'cctv'), (5, 'cctv'), (6, 'cctv'),"
            + " (7, 'cctv'), (8, NULL)");
  }

  @AfterEach
  void dropTable() throws SQLException {
    if (admin != null) {
      try (Connection closing = admin) {
        TestDatabase.execute(closing, "DROP TABLE IF EXISTS " + table);
      }
    }
  }

  JdbcSettings settings(List<RowCount> counts, @Nullable String bytes) {
    return settings(counts, bytes, null, Duration.ofSeconds(30));
  }

  JdbcSettings settings(
      List<RowCount> counts, @Nullable String bytes, @Nullable Secret password, Duration query) {
    return new JdbcSettings(
        database.url(),
        database.user(),
        password,
        counts,
        bytes,
        Map.of(),
        Duration.ofSeconds(5),
        query);
  }

  SystemVolume collect(JdbcSettings settings) throws CollectionException {
    return new JdbcCollector("case-db", settings, Clock.fixed(NOW, ZoneOffset.UTC)).collect();
  }

  @Test
  void countsATableByItsName() throws Exception {
    SystemVolume volume = collect(settings(List.of(new RowCount.Table("evidence", table)), null));

    assertThat(volume.system()).isEqualTo("case-db");
    assertThat(volume.takenAt()).isEqualTo(NOW);
    assertThat(volume.objects()).isEqualTo(8);
    assertThat(volume.bytes()).isZero();
    assertThat(volume.parts()).containsExactly(Map.entry("evidence", 8L));
  }

  @Test
  void countsATableNamedInUpperCaseAsTheDatabaseWouldUnquoted() throws Exception {
    String written = foldsUnquotedNames() ? table.toUpperCase(Locale.ROOT) : table;

    SystemVolume volume = collect(settings(List.of(new RowCount.Table("evidence", written)), null));

    assertThat(volume.objects()).isEqualTo(8);
  }

  /** MariaDB on Linux keeps table names as written; PostgreSQL folds unquoted names. */
  abstract boolean foldsUnquotedNames();

  @Test
  void countsByQueryAndPerPartAndSumsThemIntoObjects() throws Exception {
    SystemVolume volume =
        collect(
            settings(
                List.of(
                    new RowCount.Query(
                        "dna", "SELECT count(*) FROM " + table + " WHERE category = 'dna';"),
                    new RowCount.PerPart(
                        "SELECT category, count(*) FROM " + table + " GROUP BY category")),
                "SELECT sum(id) * 100 FROM " + table));

    // 3 by the query, then dna 3, cctv 4 and one uncategorised per part: the dna part adds up.
    assertThat(volume.parts())
        .containsExactly(Map.entry("dna", 6L), Map.entry("(none)", 1L), Map.entry("cctv", 4L));
    assertThat(volume.objects()).isEqualTo(11);
    assertThat(volume.bytes()).isEqualTo(3600);
  }

  @Test
  void aTableThatIsNotThereNamesTheSystemAndTheCause() throws Exception {
    Secret password = Secret.of("hunter2-never-shown");

    CollectionException failure =
        catchThrowableOfType(
            CollectionException.class,
            () ->
                collect(
                    settings(
                        List.of(new RowCount.Table("evidence", table + "_missing")),
                        null,
                        passwordAccepted() ? password : null,
                        Duration.ofSeconds(30))));

    assertThat(failure.system()).isEqualTo("case-db");
    assertThat(failure)
        .hasMessageStartingWith("case-db: counting the table " + table + "_missing failed: ")
        .hasMessageContaining(table + "_missing")
        .hasMessageContaining("SQLState")
        .hasMessageNotContaining("hunter2")
        .hasNoCause();
  }

  /** Whether the server lets the test user in with any password (PostgreSQL trust auth). */
  abstract boolean passwordAccepted();

  @Test
  void aQueryReturningTextIsRefusedByItsTypeWithoutQuotingTheValue() {
    assertThatThrownBy(
            () ->
                collect(
                    settings(
                        List.of(
                            new RowCount.Query(
                                "names", "SELECT max(category) FROM " + table + " WHERE id = 4")),
                        null)))
        .isInstanceOf(CollectionException.class)
        .hasMessageStartingWith(
            "case-db: the query for 'names' must return a whole number in column 1, but it is of"
                + " type")
        .hasMessageNotContaining("cctv");
  }

  @Test
  void aQueryReturningSeveralRowsIsRefused() {
    assertThatThrownBy(
            () ->
                collect(
                    settings(List.of(new RowCount.Query("ids", "SELECT id FROM " + table)), null)))
        .isInstanceOf(CollectionException.class)
        .hasMessage("case-db: the query for 'ids' must return one row, but returns more");
  }

  @Test
  void theConnectionIsReadOnlySoAWriteSmuggledIntoAQueryIsRefusedByTheDatabase() throws Exception {
    String smuggled = writingQuery();

    assertThatThrownBy(
            () -> collect(settings(List.of(new RowCount.Query("sneaky", smuggled)), null)))
        .isInstanceOf(CollectionException.class)
        .hasMessageStartingWith("case-db: the query for 'sneaky' failed: ");
    assertThat(rows()).isEqualTo(8);
  }

  /** A query that passes the SELECT/WITH check but would delete rows if it could. */
  abstract String writingQuery() throws SQLException;

  @Test
  void aSlowQueryIsStoppedByTheQueryTimeout() {
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                collect(
                    settings(
                        List.of(new RowCount.Query("slow", slowQuery(10))),
                        null,
                        null,
                        Duration.ofSeconds(1))))
        .isInstanceOf(CollectionException.class)
        .hasMessageContaining("the query for 'slow' failed: no answer within the timeout (1s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  /** A query returning one number after {@code seconds}. */
  abstract String slowQuery(int seconds);

  @Test
  void aServerThatNeverAnswersTheLoginIsGivenUpAfterTheLoginTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    // Accept and hold the connection open, saying nothing.
                    accepted.add(silent.accept());
                  }
                } catch (Exception e) {
                  // closed at the end of the test
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = silentUrl(silent.getLocalPort());
      JdbcSettings settings =
          new JdbcSettings(
              url,
              "nobody",
              null,
              List.of(new RowCount.Table("t", "t")),
              null,
              Map.of(),
              Duration.ofSeconds(1),
              Duration.ofSeconds(1));
      long start = System.nanoTime();

      assertThatThrownBy(() -> collect(settings))
          .isInstanceOf(CollectionException.class)
          .hasMessageStartingWith("case-db: cannot connect to " + url);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  abstract String silentUrl(int port);

  long rows() throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
