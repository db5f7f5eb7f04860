package uk.warden.app.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded store and settings a one-shot read needs, without the application context. Starting
 * the context costs a cold command seconds (some ten thousand classes, every bean, Flyway's
 * checks), where {@code warden impact} needs a few stores; so the command opens the store itself
 * when the answer cannot differ, and goes through the context otherwise.
 *
 * <p>It cannot differ when the store is embedded and already exists with its rank table, every
 * migration of this build applied as Flyway would find it (same versions and checksums, none
 * failed, none unknown), and the configuration is Warden's own: no {@code SPRING_} variable or
 * {@code spring.} system property, no configuration file in the working folder or its {@code
 * config} folder, and the few {@code warden.} settings read here given at most as the system
 * property of that name or the documented environment variable ({@code WARDEN_FORCE_ZONE}). In
 * every other case {@link #open} answers null, and the context (which creates, migrates, seeds and
 * binds configuration as always) is used.
 */
public final class LeanStore implements AutoCloseable {

  static final String ZONE = "warden.force.zone";
  static final String NAME = "warden.force.name";
  static final String DPO = "warden.force.dpo-contact";
  static final String RISK_MATRIX = "warden.breach.risk-matrix";

  /** The settings read here, with the defaults the application's beans declare. */
  private static final Map<String, String> DEFAULTS =
      Map.of(
          NAME, "Wardenshire Constabulary",
          DPO, "Data Protection Officer (set warden.force.dpo-contact)",
          ZONE, "Europe/London",
          RISK_MATRIX, "");

  private static final String MIGRATIONS = "db/migration/";
  private static final Pattern MIGRATION = Pattern.compile("V([0-9._]+)__.*\\.sql");
  private static final String DATABASE_FILE = "warden.mv.db";

  private final JdbcConnectionPool pool;
  private final Map<String, String> settings;
  private final IndexFiles indexFiles;

  private LeanStore(JdbcConnectionPool pool, Map<String, String> settings, IndexFiles files) {
    this.pool = pool;
    this.settings = settings;
    this.indexFiles = files;
  }

  /** The store opened directly, or null where only the application context can be sure. */
  public static @Nullable LeanStore open(StoreLocation store) {
    Path data = store.dataDir();
    if (data == null || !Files.isRegularFile(data.resolve(DATABASE_FILE))) {
      return null;
    }
    Map<String, String> settings =
        settings(System.getenv(), System.getProperties(), Path.of("").toAbsolutePath());
    if (settings == null) {
      return null;
    }
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(store.jdbcUrl(), store.user(), store.password());
    boolean ready = false;
    try {
      ready = current(pool);
      return ready
          ? new LeanStore(pool, settings, new IndexFiles(data.resolve(IndexFiles.FOLDER)))
          : null;
    } finally {
      if (!ready) {
        pool.dispose();
      }
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  public IndexFiles indexFiles() {
    return indexFiles;
  }

  public ForceSettings force() {
    return new ForceSettings(settings.get(NAME), settings.get(DPO), settings.get(ZONE));
  }

  public String riskMatrixFile() {
    return settings.get(RISK_MATRIX);
  }

  public Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * JSON as the context's mapper writes it: Spring Boot's defaults (modules found on the class
   * path) and {@code spring.jackson.default-property-inclusion: non_null} from application.yaml.
   */
  public JsonMapper jsonMapper() {
    JsonInclude.Include include = JsonInclude.Include.NON_NULL;
    return JsonMapper.builder()
        .findAndAddModules(LeanStore.class.getClassLoader())
        .changeDefaultPropertyInclusion(
            value -> value.withValueInclusion(include).withContentInclusion(include))
        .build();
  }

  @Override
  public void close() {
    pool.dispose();
  }

  /**
   * The settings read here, from system properties, then the environment, then the defaults; or
   * null if Spring might resolve any setting differently (see the class comment).
   */
  static @Nullable Map<String, String> settings(
      Map<String, String> env, Properties system, Path workingFolder) {
    for (String name : env.keySet()) {
      if (name.toUpperCase(Locale.ROOT).startsWith("SPRING")) {
        return null;
      }
    }
    for (String name : system.stringPropertyNames()) {
      if (name.toLowerCase(Locale.ROOT).startsWith("spring")) {
        return null;
      }
    }
    if (hasConfigFile(workingFolder) || hasConfigFolder(workingFolder.resolve("config"))) {
      return null;
    }
    Map<String, String> settings = new HashMap<>();
    for (Map.Entry<String, String> setting : DEFAULTS.entrySet()) {
      String name = setting.getKey();
      String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      String loose = loose(name);
      for (String other : env.keySet()) {
        if (loose(other).equals(loose) && !other.equals(variable)) {
          return null;
        }
      }
      for (String other : system.stringPropertyNames()) {
        if (loose(other).equals(loose) && !other.equals(name)) {
          return null;
        }
      }
      String value = system.getProperty(name);
      if (value == null) {
        value = env.get(variable);
      }
      settings.put(name, value == null ? setting.getValue() : value);
    }
    return settings;
  }

  /** Lower case letters and digits only: the names Spring's relaxed binding may take as one. */
  private static String loose(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** Application files in {@code config} or in a folder inside it, as Spring Boot looks. */
  private static boolean hasConfigFolder(Path config) {
    if (!Files.isDirectory(config)) {
      return Files.exists(config);
    }
    if (hasConfigFile(config)) {
      return true;
    }
    try (Stream<Path> folders = Files.list(config)) {
      return folders.filter(Files::isDirectory).anyMatch(LeanStore::hasConfigFile);
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean hasConfigFile(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .anyMatch(
              name ->
                  name.startsWith("application")
                      && (name.endsWith(".properties")
                          || name.endsWith(".yaml")
                          || name.endsWith(".yml")));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * True if the store has every migration of this build, as Flyway would check them, and nothing
   * else; and its rank table (which the context seeds when empty).
   */
  private static boolean current(DataSource dataSource) {
    Map<String, Integer> bundled = bundledMigrations();
    if (bundled == null || bundled.isEmpty()) {
      return false;
    }
    Map<String, Integer> applied = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT version, checksum, success, type FROM flyway_schema_history")) {
        while (rs.next()) {
          String version = rs.getString(1);
          if (version == null && "TABLE".equals(rs.getString(4))) {
            continue;
          }
          int checksum = rs.getInt(2);
          if (version == null
              || rs.wasNull()
              || !rs.getBoolean(3)
              || !"SQL".equals(rs.getString(4))) {
            return false;
          }
          applied.put(version, checksum);
        }
      }
      if (!applied.equals(bundled)) {
        return false;
      }
      try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM force_rank")) {
        return rs.next() && rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      // Not a Warden store as this build knows it: the context says what is wrong.
      return false;
    }
  }

  /**
   * This build's migrations, version to Flyway's checksum; null if they cannot be read. Listed from
   * the one folder or jar that holds them, as Flyway's {@code classpath:db/migration} finds them
   * here, without a resource framework's start-up cost.
   */
  private static @Nullable Map<String, Integer> bundledMigrations() {
    ClassLoader loader = LeanStore.class.getClassLoader();
    URL folder = loader.getResource(MIGRATIONS);
    if (folder == null) {
      return null;
    }
    try {
      List<String> names = new ArrayList<>();
      if ("file".equals(folder.getProtocol())) {
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
          files.forEach(file -> names.add(file.getFileName().toString()));
        }
      } else if (folder.openConnection() instanceof JarURLConnection connection) {
        String prefix = connection.getEntryName();
        JarFile jar = connection.getJarFile();
        try {
          jar.stream()
              .map(JarEntry::getName)
              .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
              .forEach(name -> names.add(name.substring(prefix.length())));
        } finally {
          if (!connection.getUseCaches()) {
            jar.close();
          }
        }
      } else {
        return null;
      }
      Map<String, Integer> migrations = new HashMap<>();
      for (String name : names) {
        if (!name.endsWith(".sql")) {
          continue;
        }
        Matcher version = MIGRATION.matcher(name);
        URL script = loader.getResource(MIGRATIONS + name);
        if (!version.matches()
            || script == null
            || migrations.put(version.group(1).replace('_', '.'), checksum(script)) != null) {
          return null;
        }
      }
      return migrations;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Flyway's checksum of a migration: CRC-32 of its lines, without line ends or byte order mark.
   */
  static int checksum(URL script) throws IOException {
    CRC32 crc = new CRC32();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(script.openStream(), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      for (; line != null; line = reader.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    return (int) crc.getValue();
  }

  static List<String> settingNames() {
    return List.copyOf(DEFAULTS.keySet());
  }
}
