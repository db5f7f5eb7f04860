package uk.warden.inspect.format.slides;

import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.format.ooxml.OoxmlPackage;

/** All DrawingML text of a part, one line per paragraph: SmartArt data, comment bodies. */
final class TextParts {

  private static final int MAX_CHARS = 4 << 20;

  private TextParts() {}

  static String text(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
    StringBuilder text = new StringBuilder();
    XMLStreamReader reader = pkg.xml(part);
    try {
      boolean inText = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("p") && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
          inText = name.equals("t");
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          inText = false;
        } else if (inText
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && text.length() < MAX_CHARS) {
          text.append(reader.getText());
        }
      }
    } finally {
      reader.close();
    }
    return text.toString().strip();
  }
}
