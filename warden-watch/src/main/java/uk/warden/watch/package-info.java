/**
 * The integrity watch's reach into the force's systems: collectors that count what each system
 * holds ({@link uk.warden.watch.collect}), manifests that say exactly which objects it holds
 * ({@link uk.warden.watch.manifest}) and the channels that tell people when something is lost
 * ({@link uk.warden.watch.alert}). Plain Java, so a collector can run wherever the system is.
 */
@NullMarked
package uk.warden.watch;

import org.jspecify.annotations.NullMarked;
