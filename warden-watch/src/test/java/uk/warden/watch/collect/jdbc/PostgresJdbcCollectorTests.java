package uk.warden.watch.collect.jdbc;

/** The JDBC collector on the machine's PostgreSQL ({@code WARDEN_TEST_PG_URL}). */
class PostgresJdbcCollectorTests extends JdbcCollectorContract {

  PostgresJdbcCollectorTests() {
    super(TestDatabase.postgres());
  }

  @Override
  boolean foldsUnquotedNames() {
    return true;
  }

  @Override
  boolean passwordAccepted() {
    return true;
  }

  @Override
  String writingQuery() {
    // A data-modifying WITH starts like a read: only a read-only transaction stops it.
    return "WITH gone AS (DELETE FROM " + table + " RETURNING 1) SELECT count(*) FROM gone";
  }

  @Override
  String slowQuery(int seconds) {
    return "SELECT count(*) FROM pg_sleep(" + seconds + ")";
  }

  @Override
  String silentUrl(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/test";
  }
}
