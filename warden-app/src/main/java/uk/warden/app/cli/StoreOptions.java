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
}
