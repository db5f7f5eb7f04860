/**
 * Tracing a leak back to the extract it came from. Each governed extract is marked before it leaves
 * ({@link uk.warden.core.trace.ExtractMarker}): a few synthetic canary people that exist nowhere
 * else, and a row order keyed to the extract, neither of which changes what the recipient reads.
 * What the marks were is remembered as an {@link uk.warden.core.trace.ExtractFingerprint}, held for
 * every past extract in an {@link uk.warden.core.trace.ExtractIndex}. Given a found file, the
 * {@link uk.warden.core.trace.LeakTracer} names the extracts it can have come from, with evidence
 * and a confidence, or says it does not know.
 *
 * <p>Nothing here keeps a name or a pay number: people are matched by keyed hashes of their
 * normalised identifiers, so the index is no use to whoever steals it without the key.
 */
@NullMarked
package uk.warden.core.trace;

import org.jspecify.annotations.NullMarked;
