/**
 * Benchmarks of the integrity watch: collecting volume snapshots from 1,000 systems, a mix of
 * folder trees and databases, against the "under a minute" ({@link
 * uk.warden.bench.watch.CollectStep}), and comparing a migration's before- and after-manifests of a
 * million objects ({@link uk.warden.bench.watch.CompareStep}).
 */
@NullMarked
package uk.warden.bench.watch;

import org.jspecify.annotations.NullMarked;
