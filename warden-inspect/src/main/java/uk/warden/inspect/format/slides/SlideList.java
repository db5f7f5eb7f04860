package uk.warden.inspect.format.slides;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.Relationship;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * The slides in presentation order (the order of {@code p:sldIdLst}, which is not the order of the
 * part names) and the slide size, which tells what lies off the slide.
 */
record SlideList(List<String> parts, long width, long height) {

  /** PowerPoint's default 4:3 slide, for a presentation that does not say. */
  private static final long DEFAULT_WIDTH = 9_144_000;

  private static final long DEFAULT_HEIGHT = 6_858_000;

  static SlideList read(OoxmlPackage pkg, String presentation)
      throws IOException, XMLStreamException {
    Map<String, String> targets = new HashMap<>();
    for (Relationship relationship : pkg.relationships(presentation)) {
      if (!relationship.external() && relationship.is("slide")) {
        targets.put(relationship.id(), relationship.target());
      }
    }
    List<String> parts = new ArrayList<>();
    long width = DEFAULT_WIDTH;
    long height = DEFAULT_HEIGHT;
    XMLStreamReader reader = pkg.xml(presentation);
    try {
      while (reader.hasNext()) {
        if (reader.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (reader.getLocalName()) {
          case "sldId" -> {
            String target = targets.get(rid(reader));
            if (target != null && pkg.has(target)) {
              parts.add(pkg.spelling(target));
            }
          }
          case "sldSz" -> {
            width = Emu.parse(SafeXml.attribute(reader, "cx"), DEFAULT_WIDTH);
            height = Emu.parse(SafeXml.attribute(reader, "cy"), DEFAULT_HEIGHT);
          }
          default -> {
            // other presentation settings
          }
        }
      }
    } finally {
      reader.close();
    }
    return new SlideList(List.copyOf(parts), width, height);
  }

  /** The r:id of a slide id: the attribute in the relationships namespace, not the numeric id. */
  private static String rid(XMLStreamReader reader) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      if (reader.getAttributeLocalName(i).equals("id")
          && namespace != null
          && namespace.endsWith("relationships")) {
        return reader.getAttributeValue(i);
      }
    }
    return "";
  }
}
