/**
 * The leak tracer's benchmark: accuracy on generated leaks over 10,000 past extracts, the time of a
 * trace at that scale against the 5 seconds, and the index's memory ({@link
 * uk.warden.bench.trace.TraceStep}).
 */
@NullMarked
package uk.warden.bench.trace;

import org.jspecify.annotations.NullMarked;
