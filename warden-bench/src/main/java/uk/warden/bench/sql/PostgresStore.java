package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server the baseline borrows: everything goes into a schema of its own, dropped on
 * close, so a shared database (the test one, say) is left as it was.
 */
public final class PostgresStore implements BaselineStore {

  private final Connection connection;
  private final String schema;
  private final String name;

  private PostgresStore(Connection connection, String schema) throws SQLException {
    this.connection = connection;
    this.schema = schema;
    this.name = ProductName.of(connection);
  }

  public static PostgresStore open(String url, String user, String password) throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    String schema = "warden_bench_" + ProcessHandle.current().pid();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
      statement.execute("SET search_path TO " + schema);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new PostgresStore(connection, schema);
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
    return new CopyMembershipLoader();
  }

  @Override
  public void close() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } finally {
      connection.close();
    }
  }
}
