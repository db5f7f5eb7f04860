/**
 * Synthetic volume series for the integrity watch: daily object counts of systems that grow, rest
 * at weekends, purge by retention and record deletions, with losses planted where the test asks.
 */
@NullMarked
package uk.warden.synth.watch;

import org.jspecify.annotations.NullMarked;
