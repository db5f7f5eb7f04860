/**
 * Word documents (.docx, .docm): the body, headers and footers, notes and comments read from their
 * XML parts, with hidden runs, tracked changes and field links told apart from visible text.
 */
@NullMarked
package uk.warden.inspect.format.word;

import org.jspecify.annotations.NullMarked;
