package uk.warden.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where Warden keeps its data. By default an embedded H2 file store under a data folder; with a
 * JDBC URL (from {@code --db-url} or {@code WARDEN_DB_URL}) a PostgreSQL server, whose user and
 * password come from {@code WARDEN_DB_USER} and {@code WARDEN_DB_PASSWORD}.
 *
 * <p>The embedded store opens in H2's automatic mixed mode: the first process to open it serves it
 * on a loopback port and later processes (a CLI command while {@code ./warden serve} runs) connect
 * through that server instead of failing or corrupting the file. It is protected by a random
 * password kept in the data folder, readable by its owner only.
 */
public record StoreLocation(String jdbcUrl, String user, String password, @Nullable Path dataDir) {

  public static final String DEFAULT_DATA_DIR = "warden-data";

  /** The embedded store's database file in its folder. */
  public static final String DATABASE_FILE = "warden.mv.db";

  /** The embedded store's password, in its folder. */
  public static final String SECRET_FILE = "store.secret";

  public static StoreLocation resolve(@Nullable Path dataDir, @Nullable String dbUrl) {
    String url = serverUrl(dbUrl);
    if (url != null) {
      return new StoreLocation(
          url, envOr("WARDEN_DB_USER", "postgres"), envOr("WARDEN_DB_PASSWORD", ""), null);
    }
    return embedded(dataFolder(dataDir));
  }

  /**
   * The database server's URL, given or from {@code WARDEN_DB_URL}; null for the embedded store.
   */
  public static @Nullable String serverUrl(@Nullable String dbUrl) {
    String url = dbUrl != null && !dbUrl.isBlank() ? dbUrl : System.getenv("WARDEN_DB_URL");
    return url == null || url.isBlank() ? null : url;
  }

  /**
   * The embedded store's folder, given or the default; unlike {@link #embedded}, creates nothing.
   */
  public static Path dataFolder(@Nullable Path dataDir) {
    return dataDir == null ? Path.of(DEFAULT_DATA_DIR) : dataDir;
  }

  public static StoreLocation embedded(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    String url =
        "jdbc:h2:file:"
            + dir.resolve("warden")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;CACHE_SIZE=262144";
    return new StoreLocation(url, "warden", secret(dir), dir);
  }

  /** Spring properties that point the application at this store. */
  public Map<String, Object> springProperties() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.datasource.url", jdbcUrl);
    props.put("spring.datasource.username", user);
    props.put("spring.datasource.password", password);
    return props;
  }

  /** What to tell a user about the store, without its password. */
  public String describe() {
    if (dataDir != null) {
      return "embedded store in " + dataDir;
    }
    int params = jdbcUrl.indexOf('?');
    return "database " + (params < 0 ? jdbcUrl : jdbcUrl.substring(0, params));
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String secret(Path dir) {
    Path file = dir.resolve(SECRET_FILE);
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      Files.createDirectories(dir);
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Files.writeString(file, secret + "\n");
      try {
        Files.setPosixFilePermissions(
            file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's ACL is what protects it.
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot use the data folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
