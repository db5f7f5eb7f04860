package uk.warden.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** The store-test base itself: each invocation is on the engine it claims, and starts empty. */
class DatabasesTests {

  @StoreTest
  void eachInvocationRunsOnTheEngineItNamesInAFreshMigratedDatabase(TestDatabase db)
      throws SQLException, IOException {
    Connection connection = DataSourceUtils.getConnection(db.dataSource());
    try {
      String product = connection.getMetaData().getDatabaseProductName();
      assertThat(product).isEqualTo(db.engine() == Engine.H2 ? "H2" : "PostgreSQL");
    } finally {
      DataSourceUtils.releaseConnection(connection, db.dataSource());
    }
    assertThat(db.rows("person")).isZero();
    assertThat(db.rows("app_user")).isZero();
    assertThat(
            db.jdbc()
                .sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND type = 'SQL'")
                .query(Long.class)
                .single())
        .isEqualTo(migrations());
    if (db.engine() == Engine.POSTGRESQL) {
      String schema = db.jdbc().sql("SELECT current_schema()").query(String.class).single();
      assertThat(schema).startsWith("t_");
      assertThat(db.url()).endsWith("currentSchema=" + schema);
    }
  }

  private static long migrations() throws IOException {
    return new PathMatchingResourcePatternResolver()
        .getResources("classpath:db/migration/V*.sql")
        .length;
  }
}
