/**
 * The watch configuration: one YAML file naming the systems to count (each with its collector and
 * how its paths map to cases), how to collect them, and where alerts go. Read whole or refused
 * whole, every problem named by file, line and field. The shape is documented in {@code
 * uk/warden/watch/watch-example.yaml}.
 */
@NullMarked
package uk.warden.watch.config;

import org.jspecify.annotations.NullMarked;
