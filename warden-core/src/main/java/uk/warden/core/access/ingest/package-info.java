/**
 * Reading access logs: JSON lines or CSV, one event per line, into {@link
 * uk.warden.core.access.AccessEvent}s, each with its fingerprint.
 *
 * <p>The reader streams: it never holds more than one line, so a log of tens of millions of events
 * reads in constant memory. Every bad line is reported with its number and the reason, without
 * quoting the line (it may hold personal data), and a file with any bad line is refused as a whole:
 * {@link uk.warden.core.access.ingest.AccessLogReader#read} throws {@link
 * uk.warden.core.input.BadInputException} after the last line, so the caller rolls back whatever
 * its sink wrote. The field names and formats are documented on {@link
 * uk.warden.core.access.ingest.EventField} and {@link
 * uk.warden.core.access.ingest.AccessLogReader}.
 *
 * <p>JSON lines are parsed with Jackson's streaming parser ({@code JsonLine}), strictly (RFC 8259,
 * within small limits on nesting and on the length of numbers, names and text), accepting objects
 * whose values are scalars or arrays of scalars.
 */
@NullMarked
package uk.warden.core.access.ingest;

import org.jspecify.annotations.NullMarked;
