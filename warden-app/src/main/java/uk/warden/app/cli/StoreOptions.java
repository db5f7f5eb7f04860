package uk.warden.app.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import uk.warden.app.platform.StoreLocation;

/** The options every command that uses the store takes. */
public class StoreOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the embedded store (default: ./warden-data).")
  @Nullable Path data;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "PostgreSQL JDBC URL instead of the embedded store (or set WARDEN_DB_URL; user and"
              + " password from WARDEN_DB_USER and WARDEN_DB_PASSWORD).")
  @Nullable String dbUrl;

  StoreLocation location() {
    return StoreLocation.resolve(data, dbUrl);
  }

  /**
   * Where a database server was named ({@code --db-url} or {@code WARDEN_DB_URL}), or null for the
   * embedded store. Unlike {@link #location}, creates nothing.
   */
  @Nullable String serverSetting() {
    if (StoreLocation.serverUrl(dbUrl) == null) {
      return null;
    }
    return dbUrl != null && !dbUrl.isBlank() ? "--db-url" : "WARDEN_DB_URL";
  }

  /** The embedded store's folder; unlike {@link #location}, creates nothing. */
  Path dataFolder() {
    return StoreLocation.dataFolder(data);
  }
}
