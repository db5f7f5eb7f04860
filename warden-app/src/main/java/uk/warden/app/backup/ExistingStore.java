package uk.warden.app.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import uk.warden.app.platform.StoreLocation;

/** The embedded store in a folder, opened only if it is there. */
final class ExistingStore {

  private ExistingStore() {}

  /**
   * Connections to the store in {@code folder}, which must hold the store and its secret: {@code
   * IFEXISTS} keeps a mistyped folder from quietly becoming a new, empty store. Through a running
   * server when one holds the store (the store's URL asks for H2's mixed mode).
   */
  static DataSource of(Path folder) {
    StoreLocation store = StoreLocation.embedded(folder);
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(store.jdbcUrl() + ";IFEXISTS=TRUE");
    source.setUser(store.user());
    source.setPassword(store.password());
    return source;
  }
}
