package uk.warden.app.watch;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.watch.store.ManifestCodec;
import uk.warden.app.watch.store.WatchStore;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.watch.ExpectedChange;
import uk.warden.watch.manifest.CaseRule;
import uk.warden.watch.manifest.Manifest;
import uk.warden.watch.manifest.ManifestComparison;
import uk.warden.watch.manifest.ManifestEntry;

/**
 * Registered migrations: a move of a system's objects with a manifest of what was there before, and
 * once done, of what is there after. A loss during a migration is then not a number but a list:
 * which objects of which cases did not arrive.
 */
@Service
public class Migrations {

  private final WatchStore store;
  private final WatchService watch;
  private final WatchSettings settings;

  /** A finished migration's manifests never change: its report is worked out once. */
  private final Map<Long, MigrationReport> reports = new ConcurrentHashMap<>();

  public Migrations(WatchStore store, WatchService watch, WatchSettings settings) {
    this.store = store;
    this.watch = watch;
    this.settings = settings;
  }

  /**
   * Registers a migration with its before-manifest. {@code objects} is how many it moves out of the
   * system (0 for a move within it): that many are an explained decrease.
   */
  @Transactional
  public Explanation register(ExplanationRequest request, Manifest before, String by) {
    if (request.reason() != null
        && !request.reason().strip().equalsIgnoreCase(ExpectedChange.Reason.MIGRATION.name())) {
      throw new BadInputException(
          InputProblem.field(ExplanationRequest.SOURCE, "reason", "a migration is a MIGRATION"));
    }
    if (before.entries().isEmpty()) {
      throw new BadInputException(
          InputProblem.field(ExplanationRequest.SOURCE, "before", "the before-manifest is empty"));
    }
    ExplanationRequest.Checked checked =
        new ExplanationRequest(
                request.system(),
                ExpectedChange.Reason.MIGRATION.name(),
                request.firstDay(),
                request.lastDay(),
                request.objects(),
                request.reference())
            .check(watch::isSystem);
    return watch.keep(checked, ManifestCodec.encode(before), by);
  }

  /** Records what the system holds after the migration; a migration with no end ends today. */
  @Transactional
  public Explanation complete(long id, Manifest after, @Nullable LocalDate lastDay) {
    Explanation migration = migration(id);
    if (migration.afterEntries() != null) {
      throw new RefusedException(
          "already-complete",
          "Migration " + id + " already has its after-manifest; register a new migration instead.");
    }
    LocalDate last = lastDay != null ? lastDay : watch.today();
    if (last.isBefore(migration.firstDay())) {
      throw new BadInputException(
          InputProblem.field(
              ExplanationRequest.SOURCE, "lastDay", "is before the migration began"));
    }
    store.setAfterManifest(
        id, ManifestCodec.encode(after), migration.lastDay() == null ? last : null);
    watch.analyse(migration.system());
    return migration(id);
  }

  /** What the migration lost; refused until its after-manifest is recorded. */
  public MigrationReport report(long id) {
    return reports.computeIfAbsent(id, this::compare);
  }

  /** Every missing object of the migration, with its case, in path order. */
  public void forEachMissing(long id, BiConsumer<ManifestEntry, String> sink) {
    Explanation migration = migration(id);
    CaseRule cases = settings.cases(migration.system());
    comparison(migration)
        .missing()
        .forEach(entry -> sink.accept(entry, cases.caseOf(entry.path())));
  }

  private MigrationReport compare(long id) {
    Explanation migration = migration(id);
    return MigrationReport.of(migration, comparison(migration));
  }

  private ManifestComparison comparison(Explanation migration) {
    WatchStore.Manifests manifests = store.manifests(migration.id());
    if (manifests.before() == null || manifests.after() == null) {
      throw new RefusedException(
          "not-complete",
          "Migration " + migration.id() + " has no after-manifest yet: record it to compare.");
    }
    return ManifestComparison.compare(
        ManifestCodec.decode("before-manifest", manifests.before()),
        ManifestCodec.decode("after-manifest", manifests.after()),
        settings.cases(migration.system()));
  }

  public Explanation migration(long id) {
    return store
        .explanation(id)
        .filter(Explanation::isMigration)
        .orElseThrow(() -> new NotFoundException("migration", "no migration " + id));
  }
}
