package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads OpenDocument spreadsheets (ODS) with the same hardened zip and StAX reading as XLSX: every
 * cell of every table, hidden tables, collapsed and filtered rows, collapsed columns, invisible
 * cells, annotations, properties, header and footer text, links, macros and embedded objects.
 */
public final class OdsReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.ODS);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Reporter reporter = new Reporter(sink, source.location(), source.limits());
    try (ZipArchive zip = ZipArchive.open(source)) {
      if (OdsParts.encrypted(zip)) {
        reporter.structure(
            HiddenContent.UNINSPECTABLE,
            null,
            null,
            1,
            "the spreadsheet is encrypted with a password, so its content cannot be inspected");
        return;
      }
      String content = zip.find("content.xml");
      if (content == null) {
        throw new Refusal("the package has no content.xml: it is not an OpenDocument spreadsheet");
      }
      OdsStyles styles = new OdsStyles();
      OdsParts.headersAndFooters(reporter, zip, styles);
      OdsContent body = new OdsContent(reporter, styles);
      try (XmlPart xml = XmlPart.open(zip, content)) {
        body.read(xml);
      }
      DefinedNames.report(reporter, body.names(), body.summaries());
      OdsParts.meta(reporter, zip);
      OdsParts.macros(reporter, zip);
      OdsParts.embedded(reporter, zip, OdsParts.manifest(zip));
    } catch (Refusal refusal) {
      throw refusal.unreadable();
    } catch (IOException e) {
      throw new UnreadableException(
          "the spreadsheet cannot be read: it is damaged or truncated", e);
    } catch (RuntimeException e) {
      throw new UnreadableException(
          "the spreadsheet is damaged: a part cannot be parsed ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }
}
