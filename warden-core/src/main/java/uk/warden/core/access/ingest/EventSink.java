package uk.warden.core.access.ingest;

import uk.warden.core.access.AccessEvent;

/**
 * Receives each good event as it is read. A file is refused whole if any line is bad, but only
 * after its last line, so a sink that writes to a store must do so inside a transaction the caller
 * rolls back when {@link AccessLogReader#read} throws.
 */
@FunctionalInterface
public interface EventSink {

  /**
   * @param fingerprint the event's {@link uk.warden.core.access.EventFingerprint}, the key that
   *     makes a second ingest of the same events count nothing twice
   * @param line the event's line number in the file, from 1
   */
  void accept(AccessEvent event, String fingerprint, int line);
}
