package uk.warden.inspect.format.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Plain text, streamed in pieces of about 64 K characters cut at line ends, each located by its
 * line range, so that a file of any size is read in constant memory. Plain text hides nothing.
 */
public final class PlainTextReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TEXT);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Limited.checkSize(source);
    Location at = source.location();
    try {
      TextEncoding encoding = TextEncoding.detect(source);
      TextChunker chunker =
          new TextChunker(
              (first, last, text) ->
                  sink.text(at.range(TextChunker.lines(first, last)), null, text));
      try (Reader reader = encoding.open(source)) {
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          chunker.feed(buffer, 0, n);
        }
      }
      chunker.finish();
    } catch (IOException e) {
      throw new UnreadableException("the text file cannot be read", e);
    }
  }
}
