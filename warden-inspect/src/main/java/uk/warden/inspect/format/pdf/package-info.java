/**
 * The PDF reader of the disclosure guard: page text, and what a reader of the page does not see but
 * the file still holds (text under drawn boxes, invisible text, switched-off layers, annotations,
 * attachments, form values, metadata and earlier revisions kept by incremental saves).
 *
 * <p>Geometry is in PDF default user space (points, origin bottom left, before page rotation).
 */
@NullMarked
package uk.warden.inspect.format.pdf;

import org.jspecify.annotations.NullMarked;
