package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Custom XML data parts. Most hold schemas or an empty bibliography; the one that matters is the
 * document library's property set (SharePoint), which records owners, classifications and people
 * pickers with display names and account ids.
 */
final class CustomXmlProperties {

  private static final String PROPERTIES_NS =
      "http://schemas.microsoft.com/office/2006/metadata/properties";

  private CustomXmlProperties() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    for (String part : pkg.partNames()) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.startsWith("customxml/item")
          && lower.endsWith(".xml")
          && !lower.startsWith("customxml/itemprops")) {
        reportPart(pkg, part, base.part(part), sink);
      }
    }
  }

  private static void reportPart(OoxmlPackage pkg, String part, Location at, ContentSink sink)
      throws IOException, XMLStreamException {
    XMLStreamReader reader = pkg.xml(part);
    StringBuilder values = new StringBuilder();
    int count = 0;
    try {
      if (reader.nextTag() != XMLStreamConstants.START_ELEMENT
          || !reader.getLocalName().equals("properties")
          || !PROPERTIES_NS.equals(reader.getNamespaceURI())) {
        return;
      }
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace()) {
          String value = reader.getText().trim();
          if (!value.isEmpty() && values.length() < 1_000_000) {
            values.append(value).append('\n');
            count++;
          }
        }
      }
    } finally {
      reader.close();
    }
    if (count > 0) {
      sink.text(at, HiddenContent.DOCUMENT_PROPERTIES, values);
      sink.structure(
          HiddenContent.DOCUMENT_PROPERTIES,
          at,
          count,
          "document library (SharePoint) properties hold "
              + count
              + (count == 1 ? " value" : " values"));
    }
  }
}
