package uk.warden.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.warden.app.cli.WardenCommand;

/**
 * The store is opened without the application context only where the context could not answer
 * differently: an existing embedded store migrated exactly as this build would migrate it, and
 * Warden's own configuration, read as Spring reads it.
 */
class LeanStoreTests {

  @TempDir Path dir;

  @Test
  void readsWardensSettingsAsSpringWould() {
    Properties system = new Properties();
    system.setProperty("java.version", "17");
    Map<String, String> env =
        Map.of("WARDEN_FORCE_ZONE", "Europe/Belfast", "WARDEN_BREACH_RISK_MATRIX", "/m.yaml");

    Map<String, String> settings = LeanStore.settings(env, system, dir);

    assertThat(settings)
        .containsEntry(LeanStore.ZONE, "Europe/Belfast")
        .containsEntry(LeanStore.RISK_MATRIX, "/m.yaml")
        .containsEntry(LeanStore.NAME, "Wardenshire Constabulary");
    system.setProperty(LeanStore.ZONE, "UTC");
    assertThat(LeanStore.settings(env, system, dir)).containsEntry(LeanStore.ZONE, "UTC");
    assertThat(LeanStore.settings(Map.of(), new Properties(), dir))
        .containsEntry(LeanStore.ZONE, "Europe/London")
        .containsEntry(LeanStore.RISK_MATRIX, "");
  }

  @Test
  void leavesAnyOtherConfigurationToTheContext() throws Exception {
    Properties none = new Properties();
    Properties spring = new Properties();
    spring.setProperty("spring.profiles.active", "x");
    Properties relaxed = new Properties();
    relaxed.setProperty("warden.force.ZONE", "UTC");

    assertThat(LeanStore.settings(Map.of("SPRING_APPLICATION_JSON", "{}"), none, dir)).isNull();
    assertThat(LeanStore.settings(Map.of(), spring, dir)).isNull();
    assertThat(LeanStore.settings(Map.of(), relaxed, dir)).isNull();
    assertThat(LeanStore.settings(Map.of("WARDEN_FORCEZONE", "UTC"), none, dir)).isNull();

    Path config = Files.createDirectories(dir.resolve("config/extra"));
    assertThat(LeanStore.settings(Map.of(), none, dir)).isNotNull();
    Files.writeString(config.resolve("application.yaml"), "warden.force.zone: UTC\n");
    assertThat(LeanStore.settings(Map.of(), none, dir)).isNull();
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("application.properties"), "warden.force.zone=UTC\n");
    assertThat(LeanStore.settings(Map.of(), none, other)).isNull();
  }

  @Test
  void opensOnlyAStoreMigratedAsThisBuildWouldMigrateIt() throws Exception {
    StoreLocation store = StoreLocation.embedded(dir.resolve("store"));
    assertThat(LeanStore.open(store)).as("no store yet").isNull();

    CommandLine cli = WardenCommand.commandLine();
    assertThat(cli.execute("list", "parties", "--data", dir.resolve("store").toString())).isZero();
    try (LeanStore lean = LeanStore.open(store)) {
      assertThat(lean).as("a store the context made").isNotNull();
    }

    JdbcConnectionPool pool =
        JdbcConnectionPool.create(store.jdbcUrl(), store.user(), store.password());
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE flyway_schema_history SET checksum = checksum + 1"
              + " WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)");
    } finally {
      pool.dispose();
    }
    assertThat(LeanStore.open(store)).as("a migration changed since").isNull();
  }

  @Test
  void checksumsMigrationsAsFlywayDoes() throws Exception {
    Path script = dir.resolve("V9__x.sql");
    Files.writeString(script, "\uFEFF-- a\r\nCREATE TABLE x (id INT);\n\nSELECT 1;");
    Path plain = dir.resolve("V9__y.sql");
    Files.writeString(plain, "-- a\nCREATE TABLE x (id INT);\n\nSELECT 1;\n");

    assertThat(LeanStore.checksum(script.toUri().toURL()))
        .isEqualTo(LeanStore.checksum(plain.toUri().toURL()));
  }
}
