package uk.warden.watch.collect.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.warden.watch.Secret;
import uk.warden.watch.collect.CollectionException;

/** The JDBC collector on the machine's MariaDB ({@code WARDEN_TEST_MARIADB_URL}). */
class MariaDbJdbcCollectorTests extends JdbcCollectorContract {

  private String function;

  MariaDbJdbcCollectorTests() {
    super(TestDatabase.mariadb());
  }

  @Override
  boolean foldsUnquotedNames() {
    return false;
  }

  @Override
  boolean passwordAccepted() {
    return false;
  }

  @Override
  String writingQuery() throws SQLException {
    // A SELECT can still write through a function that modifies data.
    function = table + "_purge";
    TestDatabase.execute(
        admin,
        "CREATE FUNCTION "
            + function
            + "() RETURNS INT MODIFIES SQL DATA BEGIN DELETE FROM "
            + table
            + "; RETURN 1; END");
    return "SELECT " + function + "()";
  }

  @AfterEach
  void dropFunction() throws SQLException {
    if (function != null) {
      TestDatabase.execute(admin, "DROP FUNCTION IF EXISTS " + function);
    }
  }

  @Override
  String slowQuery(int seconds) {
    return "SELECT SLEEP(" + seconds + ") + (SELECT count(*) FROM " + table + ")";
  }

  @Override
  String silentUrl(int port) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/test";
  }

  @Test
  void aRefusedPasswordIsNeverShown() {
    JdbcSettings settings =
        new JdbcSettings(
            database.url(),
            database.user(),
            Secret.of("hunter2-never-shown"),
            List.of(new RowCount.Table("evidence", table)),
            null,
            Map.of(),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5));

    assertThatThrownBy(() -> collect(settings))
        .isInstanceOf(CollectionException.class)
        .hasMessageStartingWith("case-db: cannot connect to " + database.url())
        .hasMessageContaining("Access denied")
        .hasMessageNotContaining("hunter2")
        .hasNoCause();
  }
}
