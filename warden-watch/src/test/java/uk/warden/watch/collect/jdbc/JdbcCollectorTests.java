package uk.warden.watch.collect.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.warden.watch.Secret;
import uk.warden.watch.collect.CollectionException;

/** What the JDBC collector decides before any database is involved. */
class JdbcCollectorTests {

  @Test
  void aUrlWithoutADriverOnTheClassPathSaysSo() {
    JdbcCollector collector =
        new JdbcCollector("cms", settings("jdbc:nosuchdb://db.force.internal/cms;x=1"));

    assertThatThrownBy(collector::collect)
        .isInstanceOf(CollectionException.class)
        .hasMessage(
            "cms: no JDBC driver for jdbc:nosuchdb://db.force.internal/cms on the class path");
  }

  @Test
  void settingsRefuseAPasswordInTheUrlOrPropertiesAndNeverPrintTheSecret() {
    assertThatThrownBy(() -> settings("jdbc:postgresql://db/cms?user=a&password=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(
            () ->
                new JdbcSettings(
                    "jdbc:postgresql://db/cms",
                    "warden",
                    null,
                    List.of(new RowCount.Table("t", "t")),
                    null,
                    Map.of("Password", "hunter2"),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    JdbcSettings settings =
        new JdbcSettings(
            "jdbc:postgresql://db/cms",
            "warden",
            Secret.of("hunter2"),
            List.of(new RowCount.Table("t", "t")),
            null,
            Map.of(),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1));
    assertThat(settings.toString()).doesNotContain("hunter2");
  }

  @Test
  void queriesMustReadAndBeOneStatement() {
    assertThatThrownBy(() -> new RowCount.Query("x", "DELETE FROM cases"))
        .hasMessage("must be a read-only query starting with SELECT or WITH");
    assertThatThrownBy(() -> new RowCount.Query("x", "SELECT 1; DROP TABLE cases"))
        .hasMessage("must be a single statement (no ';' inside)");
    assertThatThrownBy(() -> new RowCount.Query("x", "selector"))
        .hasMessage("must be a read-only query starting with SELECT or WITH");
    assertThat(new RowCount.Query("x", "  select count(*) from cases;  ").sql()).isNotBlank();
    assertThatThrownBy(() -> new RowCount.Table("x", "cases; DROP TABLE cases"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RowCount.Table("x", "audit.cases").table()).isEqualTo("audit.cases");
  }

  @Test
  void timeoutsGoIntoEachConnectionsOwnPropertiesAsTheDriverSpellsThem() {
    Properties postgres = new Properties();
    DriverTimeouts.apply(
        "jdbc:postgresql://db/cms", Duration.ofMillis(1500), Duration.ofSeconds(60), postgres);
    assertThat(postgres)
        .containsEntry("loginTimeout", "2")
        .containsEntry("connectTimeout", "2")
        .containsEntry("socketTimeout", "67");
    Properties mariadb = new Properties();
    mariadb.setProperty("connectTimeout", "999");
    DriverTimeouts.apply(
        "jdbc:mariadb://db/cms", Duration.ofSeconds(10), Duration.ofSeconds(60), mariadb);
    assertThat(mariadb)
        .containsEntry("connectTimeout", "999")
        .containsEntry("socketTimeout", "75000");
    Properties h2 = new Properties();
    DriverTimeouts.apply("jdbc:h2:mem:x", Duration.ofSeconds(10), Duration.ofSeconds(60), h2);
    assertThat(h2).isEmpty();
  }

  private static JdbcSettings settings(String url) {
    return new JdbcSettings(
        url,
        null,
        null,
        List.of(new RowCount.Table("t", "t")),
        null,
        Map.of(),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1));
  }
}
