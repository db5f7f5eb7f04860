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
 * <p>JSON is parsed by a small strict reader of flat objects ({@code JsonLine}) because warden-core
 * has no JSON library; it accepts exactly RFC 8259 objects whose values are scalars or arrays of
 * scalars.
 */
@NullMarked
package uk.warden.core.access.ingest;

import org.jspecify.annotations.NullMarked;
