/**
 * What a file holds, as the format readers see it: the {@link uk.warden.inspect.content.Format}
 * recognised from the bytes, and the stream of structure, text and table cells a {@link
 * uk.warden.inspect.content.FormatReader} hands to a {@link uk.warden.inspect.content.ContentSink}.
 *
 * <p>Readers only describe; they never judge. Whether a hidden sheet or a name in a comment blocks
 * a release is the inspector's and the policy's decision, so that every format is judged alike.
 * Readers read the parts themselves (cached values, revision logs, pivot caches, text under boxes),
 * not only what a text extractor returns, because cached copies leak as often as hidden flags.
 */
@NullMarked
package uk.warden.inspect.content;

import org.jspecify.annotations.NullMarked;
