/**
 * Sanitising: what the ICO asks for after 2023, a spreadsheet converted to a CSV of only what is
 * visible, with personal-data columns dropped unless kept on purpose, checked again before it is
 * handed over; a Word document without comments, tracked changes and hidden text; and a photo
 * without the metadata (GPS position, camera serial numbers, names, captions) a supplier printing
 * it has no need of.
 */
@NullMarked
package uk.warden.inspect.sanitise;

import org.jspecify.annotations.NullMarked;
