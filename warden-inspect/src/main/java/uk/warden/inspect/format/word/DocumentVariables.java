package uk.warden.inspect.format.word;

import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Document variables in the settings: values that templates and macros store out of sight (case
 * numbers, requester names). No view in Word shows them.
 */
final class DocumentVariables {

  private DocumentVariables() {}

  static void report(OoxmlPackage pkg, String settings, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    Location at = base.part(settings);
    int count = 0;
    XMLStreamReader reader = pkg.xml(settings);
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("docVar")) {
          String name = SafeXml.attribute(reader, "name");
          String value = SafeXml.attribute(reader, "val");
          if (value != null && !value.isBlank()) {
            count++;
            sink.text(
                at.range("document variable " + (name == null ? count : name)),
                HiddenContent.DOCUMENT_PROPERTIES,
                value);
          }
        }
      }
    } finally {
      reader.close();
    }
    if (count > 0) {
      sink.structure(
          HiddenContent.DOCUMENT_PROPERTIES,
          at,
          count,
          (count == 1 ? "1 document variable holds" : count + " document variables hold")
              + " values no view of the document shows");
    }
  }
}
