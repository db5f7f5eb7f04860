package uk.warden.inspect.sanitise;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Event-stream rewriting of package parts: whole elements dropped by a test on their start tag,
 * everything else written back as it came. Input is parsed with DTDs refused.
 */
final class WordXml {

  private WordXml() {}

  static XMLEventReader reader(InputStream in) throws XMLStreamException {
    return XMLInputFactory.newDefaultFactory().createXMLEventReader(SafeXml.open(in));
  }

  static XMLEventWriter writer(OutputStream out) throws XMLStreamException {
    return XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
  }

  /** Swallows the events of one element being dropped, from its start tag to its end tag. */
  static final class Skip {
    private int depth;

    /** Start dropping the element whose start tag was just read. */
    void begin() {
      depth = 1;
    }

    /** True when {@code event} belongs to the element being dropped (and so is swallowed). */
    boolean swallows(XMLEvent event) {
      if (depth == 0) {
        return false;
      }
      if (event.isStartElement()) {
        depth++;
      } else if (event.isEndElement()) {
        depth--;
      }
      return true;
    }
  }

  /** Copies {@code in} to {@code out} without the elements {@code drop} accepts. */
  static void filter(InputStream in, OutputStream out, Predicate<StartElement> drop)
      throws XMLStreamException {
    XMLEventReader events = reader(in);
    XMLEventWriter writer = writer(out);
    Skip skip = new Skip();
    while (events.hasNext()) {
      XMLEvent event = events.nextEvent();
      if (skip.swallows(event)) {
        continue;
      }
      if (event.isStartElement() && drop.test(event.asStartElement())) {
        skip.begin();
        continue;
      }
      writer.add(event);
    }
    writer.flush();
  }

  static void dropElements(
      InputStream in, OutputStream out, Set<String> localNames, WordText.Counts counts)
      throws XMLStreamException {
    filter(
        in,
        out,
        start -> {
          String local = start.getName().getLocalPart();
          if (localNames.contains(local)) {
            counts.properties.add(local);
            return true;
          }
          return false;
        });
  }

  static void filterContentTypes(InputStream in, OutputStream out, Set<String> droppedParts)
      throws XMLStreamException {
    filter(
        in,
        out,
        start -> {
          if (!start.getName().getLocalPart().equals("Override")) {
            return false;
          }
          String part = attribute(start, "PartName");
          return part != null
              && droppedParts.contains(part.startsWith("/") ? part.substring(1) : part);
        });
  }

  static void filterRelationships(InputStream in, OutputStream out, Set<String> droppedTypes)
      throws XMLStreamException {
    filter(
        in,
        out,
        start -> {
          if (!start.getName().getLocalPart().equals("Relationship")) {
            return false;
          }
          String type = attribute(start, "Type");
          return type != null && droppedTypes.stream().anyMatch(type::endsWith);
        });
  }

  static String attribute(StartElement start, String localName) {
    java.util.Iterator<Attribute> attributes = start.getAttributes();
    while (attributes.hasNext()) {
      Attribute attribute = attributes.next();
      QName name = attribute.getName();
      if (name.getLocalPart().equals(localName)) {
        return attribute.getValue();
      }
    }
    return null;
  }
}
