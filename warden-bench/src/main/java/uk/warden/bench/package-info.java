/**
 * Benchmarks of Warden's engines at the national scale, each printed beside its target and,
 * where there is one, the ratio to its baseline measured in the same run. {@link
 * uk.warden.bench.BenchMain} runs them all; each is a {@link uk.warden.bench.BenchStep}.
 */
@NullMarked
package uk.warden.bench;

import org.jspecify.annotations.NullMarked;
