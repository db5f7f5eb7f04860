/**
 * Sanitising: what the ICO asks for after 2023, a spreadsheet converted to a CSV of only what is
 * visible, with personal-data columns dropped unless kept on purpose, checked again before it is
 * handed over.
 */
@NullMarked
package uk.warden.inspect.sanitise;

import org.jspecify.annotations.NullMarked;
