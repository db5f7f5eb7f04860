/**
 * PowerPoint presentations (.pptx, .pptm): slide text and tables in presentation order, hidden
 * slides and shapes, speaker notes and comments read from their XML parts.
 */
@NullMarked
package uk.warden.inspect.format.slides;

import org.jspecify.annotations.NullMarked;
