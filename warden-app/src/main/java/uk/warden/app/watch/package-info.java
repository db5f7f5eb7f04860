/**
 * The integrity watch: daily volume snapshots of every system, the decreases that are explained
 * (retention, recorded deletions, registered migrations with their manifests), the unexplained
 * losses the detector finds in them, and raising one as an availability incident in one step.
 */
@NullMarked
package uk.warden.app.watch;

import org.jspecify.annotations.NullMarked;
