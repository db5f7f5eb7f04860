package uk.warden.app.watch;

import java.util.Comparator;
import java.util.List;
import uk.warden.watch.manifest.ManifestComparison;

/**
 * What a migration lost, from its before- and after-manifests: counts, and the cases hit, most
 * objects lost first.
 *
 * @param cases every case with a missing object, most lost first
 */
public record MigrationReport(
    Explanation migration,
    int before,
    int after,
    int missing,
    long missingBytes,
    int changed,
    int added,
    int moved,
    List<CaseLost> cases) {

  /** One case's missing objects. */
  public record CaseLost(String caseRef, int objects, long bytes) {}

  static MigrationReport of(Explanation migration, ManifestComparison comparison) {
    List<CaseLost> cases =
        comparison.missingByCase().stream()
            .map(c -> new CaseLost(c.caseRef(), c.objects(), c.bytes()))
            .sorted(
                Comparator.comparingInt(CaseLost::objects)
                    .reversed()
                    .thenComparing(CaseLost::caseRef))
            .toList();
    return new MigrationReport(
        migration,
        migration.beforeEntries() == null ? 0 : migration.beforeEntries(),
        migration.afterEntries() == null ? 0 : migration.afterEntries(),
        comparison.missing().size(),
        comparison.missingBytes(),
        comparison.changed().size(),
        comparison.added().size(),
        comparison.moved().size(),
        cases);
  }
}
