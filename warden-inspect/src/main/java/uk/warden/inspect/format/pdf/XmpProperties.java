package uk.warden.inspect.format.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The properties in an XMP packet that can say who made a document or what it is about (dc:creator,
 * dc:title, pdf:Keywords, custom ones), leaving out what tools write about themselves (producer,
 * creator tool, dates, document ids, edit history, thumbnails, PDF/A declarations).
 */
final class XmpProperties {

  record Property(String name, String value) {}

  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String META = "adobe:ns:meta/";
  private static final String XMP = "http://ns.adobe.com/xap/1.0/";
  private static final String PDF = "http://ns.adobe.com/pdf/1.3/";
  private static final String XMP_MM = "http://ns.adobe.com/xap/1.0/mm/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private static final Set<String> SKIPPED_NAMESPACES =
      Set.of(
          "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
          "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
          "http://ns.adobe.com/xap/1.0/sType/Version#",
          "http://ns.adobe.com/xap/1.0/g/img/",
          "http://ns.adobe.com/xap/1.0/t/pg/",
          "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
          "http://ns.adobe.com/tiff/1.0/",
          "http://www.aiim.org/pdfa/ns/id/",
          "http://www.aiim.org/pdfa/ns/extension/",
          "http://www.aiim.org/pdfa/ns/schema#",
          "http://www.aiim.org/pdfa/ns/property#",
          "http://www.aiim.org/pdfa/ns/type#",
          "http://www.aiim.org/pdfua/ns/id/");

  private static final Set<String> SKIPPED_PROPERTIES =
      Set.of(
          XMP + "CreatorTool",
          XMP + "CreateDate",
          XMP + "ModifyDate",
          XMP + "MetadataDate",
          XMP + "Thumbnails",
          PDF + "Producer",
          PDF + "PDFVersion",
          PDF + "Trapped",
          XMP_MM + "DocumentID",
          XMP_MM + "InstanceID",
          XMP_MM + "OriginalDocumentID",
          XMP_MM + "VersionID",
          XMP_MM + "RenditionClass",
          XMP_MM + "History",
          XMP_MM + "DerivedFrom",
          XMP_MM + "Manifest",
          DC + "format",
          DC + "language");

  private static final int MAX_PROPERTIES = 10_000;
  private static final int MAX_VALUE = 65_536;

  private XmpProperties() {}

  static List<Property> parse(byte[] xml) {
    List<Property> properties = new ArrayList<>();
    try {
      XMLStreamReader reader = SafeXml.reader(xml);
      Deque<String[]> open = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      while (reader.hasNext() && properties.size() < MAX_PROPERTIES) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String namespace = nullToEmpty(reader.getNamespaceURI());
            open.push(new String[] {namespace, reader.getLocalName(), qualified(reader)});
            text.setLength(0);
            if (RDF.equals(namespace) && "Description".equals(reader.getLocalName())) {
              attributes(reader, open, properties);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (text.length() < MAX_VALUE) {
              text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (!text.toString().isBlank()) {
              String[] property = property(open);
              if (property != null) {
                properties.add(new Property(property[2], text.toString().strip()));
              }
            }
            text.setLength(0);
            if (!open.isEmpty()) {
              open.pop();
            }
          }
          default -> {
            // comments, processing instructions (the xpacket wrapper), whitespace
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Damaged or hostile XML: what was read so far stands.
    }
    return properties;
  }

  /** Simple properties written as attributes of rdf:Description. */
  private static void attributes(
      XMLStreamReader reader, Deque<String[]> open, List<Property> properties) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = nullToEmpty(reader.getAttributeNamespace(i));
      String local = reader.getAttributeLocalName(i);
      if (namespace.isEmpty() || container(namespace) || skipped(namespace, local)) {
        continue;
      }
      String value = reader.getAttributeValue(i);
      if (value != null && !value.isBlank() && !insideSkipped(open)) {
        String prefix = reader.getAttributePrefix(i);
        String name = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        properties.add(new Property(name, value.strip()));
      }
    }
  }

  /** The nearest enclosing property element, or null when it (or an ancestor) is skipped. */
  private static String @org.jspecify.annotations.Nullable [] property(Deque<String[]> open) {
    if (insideSkipped(open)) {
      return null;
    }
    for (String[] element : open) {
      if (!container(element[0])) {
        return element;
      }
    }
    return null;
  }

  private static boolean insideSkipped(Deque<String[]> open) {
    for (String[] element : open) {
      if (!container(element[0]) && skipped(element[0], element[1])) {
        return true;
      }
    }
    return false;
  }

  /** The RDF and x:xmpmeta wrapping around properties. */
  private static boolean container(String namespace) {
    return RDF.equals(namespace) || META.equals(namespace);
  }

  private static boolean skipped(String namespace, String local) {
    return SKIPPED_NAMESPACES.contains(namespace) || SKIPPED_PROPERTIES.contains(namespace + local);
  }

  private static String qualified(XMLStreamReader reader) {
    String prefix = reader.getPrefix();
    return prefix == null || prefix.isEmpty()
        ? reader.getLocalName()
        : prefix + ":" + reader.getLocalName();
  }

  private static String nullToEmpty(@org.jspecify.annotations.Nullable String value) {
    return value == null ? "" : value;
  }
}
