package uk.warden.inspect.format.text;

import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Comma-separated files (or semicolon-separated, where the comma is the decimal separator). A CSV
 * hides nothing, but cells a spreadsheet would run as formulas reaching outside the file are
 * reported as external links.
 */
public final class CsvReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.CSV);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    DelimitedTable.read(source, sink, CsvDialect::of);
  }
}
