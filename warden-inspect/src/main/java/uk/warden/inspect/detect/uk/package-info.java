/**
 * Detectors for UK identifiers: telephone numbers (libphonenumber, region GB), postcodes, National
 * Insurance numbers, NHS numbers, driving licence and passport numbers, vehicle registrations, sort
 * codes and bank account numbers, and people's names (title or known forename plus surname).
 *
 * <p>Ambiguous shapes need context, as DETECTORS.md §6 asks: sort codes look like dates, an account
 * number is any eight digits, a passport number any nine, and one random ten-digit number in eleven
 * passes the NHS check.
 */
@NullMarked
package uk.warden.inspect.detect.uk;

import org.jspecify.annotations.NullMarked;
