package uk.warden.inspect.format.ooxml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;

/**
 * StAX for untrusted XML. Office never writes a DTD, so a part that declares one is refused
 * outright rather than parsed with entities switched off: that closes entity expansion and external
 * entities alike. The JDK's own factory is asked for by name, because another StAX implementation
 * on the classpath would ignore the JDK's limit properties.
 */
public final class SafeXml {

  /** Deeper than any real document nests (tables in tables in text boxes) by a wide margin. */
  private static final int MAX_ELEMENT_DEPTH = 2_000;

  private SafeXml() {}

  public static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
    factory.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new DtdRefusedException();
        });
    return new NoDtd(factory.createXMLStreamReader(in));
  }

  /** An attribute by local name whatever its namespace (transitional and strict OOXML differ). */
  public static @Nullable String attribute(XMLStreamReader reader, String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(localName)) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** An OOXML boolean: absent means {@code fallback}; "0", "false" and "off" mean false. */
  public static boolean flag(XMLStreamReader reader, String localName, boolean fallback) {
    String value = attribute(reader, localName);
    if (value == null) {
      return fallback;
    }
    return !(value.equals("0") || value.equalsIgnoreCase("false") || value.equals("off"));
  }

  /**
   * All text inside the current element, nested elements included, up to {@code maxChars}; the
   * reader is left on the element's end tag. For short values such as properties.
   */
  public static String text(XMLStreamReader reader, int maxChars) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && text.length() < maxChars) {
        text.append(
            reader.getText(), 0, Math.min(reader.getTextLength(), maxChars - text.length()));
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the part ends inside an element");
      }
    }
    return text.toString();
  }

  /** Skips the current element and everything in it; the reader is left on its end tag. */
  public static void skip(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the part ends inside an element");
      }
    }
  }

  /** Thrown for a document type declaration, before any of it is used. */
  public static final class DtdRefusedException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    DtdRefusedException() {
      super("a document type declaration was refused");
    }
  }

  private static final class NoDtd extends StreamReaderDelegate {

    NoDtd(XMLStreamReader reader) {
      super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      if (event == XMLStreamConstants.DTD) {
        throw new DtdRefusedException();
      }
      return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
      int event = next();
      while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
          || event == XMLStreamConstants.SPACE
          || event == XMLStreamConstants.COMMENT
          || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        event = next();
      }
      if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
        throw new XMLStreamException("expected an element");
      }
      return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int event = next();
      while (event != XMLStreamConstants.END_ELEMENT) {
        if (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          text.append(getText());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          throw new XMLStreamException("text expected, found an element");
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the part ends inside an element");
        }
        event = next();
      }
      return text.toString();
    }
  }
}
