/**
 * JPEG and PNG images: only their metadata (EXIF, GPS, XMP, IPTC, comments, PNG text chunks). The
 * pixels are never decoded; an image without text is the policy's concern, not a reader's.
 */
@NullMarked
package uk.warden.inspect.format.image;

import org.jspecify.annotations.NullMarked;
