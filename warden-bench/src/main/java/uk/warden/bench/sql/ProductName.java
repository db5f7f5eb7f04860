package uk.warden.bench.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** "H2 2.4.240", "PostgreSQL 15.20": the product and the first word of its version. */
final class ProductName {

  private ProductName() {}

  static String of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    return meta.getDatabaseProductName()
        + " "
        + meta.getDatabaseProductVersion().strip().split("\\s+", 2)[0];
  }
}
