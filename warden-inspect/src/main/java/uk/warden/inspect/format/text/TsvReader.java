package uk.warden.inspect.format.text;

import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** Tab-separated files, read as {@link CsvReader} reads CSV with a tab for the delimiter. */
public final class TsvReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.TSV);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    DelimitedTable.read(source, sink, head -> new CsvDialect('\t', false));
  }
}
