package uk.warden.inspect.content;

import java.util.Set;

/**
 * Reads the formats it names and describes everything in them to a sink: visible and hidden text,
 * cells, structure, nested documents. Implementations are stateless and thread-safe; they must stay
 * within {@link Source#limits()} and turn every parser failure into an {@link UnreadableException}
 * (never a stack trace, never a hang).
 */
public interface FormatReader {

  Set<Format> formats();

  void read(Source source, ContentSink sink) throws UnreadableException;
}
