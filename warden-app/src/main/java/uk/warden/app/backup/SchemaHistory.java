package uk.warden.app.backup;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * Which migrations a store has had, beside the newest this Warden carries, as Flyway (which
 * migrates the store at every start) sees them.
 *
 * @param applied the newest migration applied to the store, or null if it has no Flyway history (so
 *     it is not a Warden store)
 * @param latest the newest migration this Warden carries
 */
record SchemaHistory(@Nullable MigrationVersion applied, MigrationVersion latest) {

  /** Where the application's migrations are (spring.flyway.locations in application.yaml). */
  private static final String MIGRATIONS = "classpath:db/migration";

  /** Reads the store's history; Flyway's {@code info} changes nothing. */
  static SchemaHistory of(DataSource store) {
    MigrationInfoService info =
        Flyway.configure(SchemaHistory.class.getClassLoader())
            .dataSource(store)
            .locations(MIGRATIONS)
            .load()
            .info();
    MigrationVersion applied =
        Arrays.stream(info.applied())
            .filter(MigrationInfo::isVersioned)
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .orElse(null);
    MigrationVersion latest =
        Arrays.stream(info.all())
            .filter(migration -> migration.isVersioned() && migration.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .orElseThrow(() -> new IllegalStateException("this Warden carries no migrations"));
    return new SchemaHistory(applied, latest);
  }

  /**
   * True if the store was migrated by a newer Warden: this one would run on tables it does not
   * know, and Flyway (which ignores migrations it has never seen) would not stop it.
   */
  boolean newerThanThisWarden() {
    return applied != null && applied.compareTo(latest) > 0;
  }
}
