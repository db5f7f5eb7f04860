package uk.warden.inspect.format.sheet;

import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A hardened pull parse of one XML part of a package. DTDs are refused outright (Office and
 * OpenDocument never use them, so one is an entity-expansion or external-entity attack), and a
 * single token larger than {@link #MAX_TOKEN_BYTES} is refused before any parser holds it in
 * memory.
 *
 * <p>Aalto is used on purpose: it skips text it is not asked for without materialising it, so a
 * skim over a large sheet stays fast and a giant text node cannot exhaust the heap.
 */
final class XmlPart implements AutoCloseable {

  /**
   * Far above Excel's 32,767 characters per cell, even fully escaped; nothing legitimate is near.
   */
  static final long MAX_TOKEN_BYTES = 8L << 20;

  /** Most characters kept from one element's text, e.g. a comment; the rest is cut. */
  static final int MAX_TEXT_CHARS = 1 << 20;

  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader reader;
  private final ZipArchive.CountingStream stream;
  private final String name;
  private int depth;

  private XmlPart(ZipArchive.CountingStream stream) {
    this.stream = stream;
    this.name = stream.name();
    stream.tokenBudget(
        MAX_TOKEN_BYTES,
        "the package part '%s' holds a single text or tag larger than %s"
            .formatted(name, Sizes.bytes(MAX_TOKEN_BYTES)));
    try {
      this.reader = FACTORY.createXMLStreamReader(stream);
    } catch (XMLStreamException e) {
      throw damaged();
    }
  }

  static XmlPart open(ZipArchive zip, String name) {
    try {
      return new XmlPart(zip.open(name));
    } catch (IOException e) {
      throw new Refusal("the package part '%s' cannot be read".formatted(name));
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  String name() {
    return name;
  }

  /** The next event; refuses DTDs and oversized tokens. */
  int next() {
    try {
      if (!reader.hasNext()) {
        return XMLStreamConstants.END_DOCUMENT;
      }
      int event = reader.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new Refusal(
            "the package part '%s' declares a DTD or entities, which Office files never do (an XML entity attack?)"
                .formatted(name));
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        stream.checkpoint();
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
      return event;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof Refusal refusal) {
        throw refusal;
      }
      throw damaged();
    }
  }

  /** Advances to the next start element, or returns false at the end of the document. */
  boolean nextStart() {
    int event;
    while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Advances to the next start element inside the element at {@code depth} (as returned by {@link
   * #depth()} when that element started); false once that element ends.
   */
  boolean nextStartWithin(int depth) {
    int event;
    while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT && this.depth < depth) {
        return false;
      }
    }
    return false;
  }

  /** How deep the current element is, the root being 1. */
  int depth() {
    return depth;
  }

  String localName() {
    return reader.getLocalName();
  }

  boolean is(String localName) {
    return localName.equals(reader.getLocalName());
  }

  @Nullable String attr(String localName) {
    String plain = reader.getAttributeValue(null, localName);
    if (plain != null) {
      return plain;
    }
    int count = reader.getAttributeCount();
    for (int i = 0; i < count; i++) {
      if (localName.equals(reader.getAttributeLocalName(i))) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** How many attributes the current start element has, for one pass over them. */
  int attributeCount() {
    return reader.getAttributeCount();
  }

  String attributeName(int index) {
    return reader.getAttributeLocalName(index);
  }

  String attributeValue(int index) {
    return reader.getAttributeValue(index);
  }

  /** The {@code r:id} of an element, in transitional or strict OOXML. */
  @Nullable String relationshipId() {
    int count = reader.getAttributeCount();
    for (int i = 0; i < count; i++) {
      String namespace = reader.getAttributeNamespace(i);
      if ("id".equals(reader.getAttributeLocalName(i))
          && namespace != null
          && namespace.endsWith("relationships")) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  boolean flag(String localName) {
    String value = attr(localName);
    return "1".equals(value) || "true".equalsIgnoreCase(value);
  }

  String namespace() {
    String namespace = reader.getNamespaceURI();
    return namespace == null ? "" : namespace;
  }

  /**
   * All character data inside the current start element, children included, up to {@link
   * #MAX_TEXT_CHARS}; leaves the reader on the element's end. {@code skip} names child elements
   * whose text is left out (e.g. phonetic runs).
   */
  String text(String... skip) {
    StringBuilder text = new StringBuilder();
    int level = 1;
    int skipping = 0;
    while (level > 0) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          level++;
          if (skipping > 0 || contains(skip, reader.getLocalName())) {
            skipping++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          level--;
          if (skipping > 0) {
            skipping--;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (skipping == 0 && text.length() < MAX_TEXT_CHARS) {
            int room = MAX_TEXT_CHARS - text.length();
            int length = reader.getTextLength();
            text.append(reader.getTextCharacters(), reader.getTextStart(), Math.min(room, length));
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw damaged();
        default -> {
          // comments and processing instructions carry no content
        }
      }
    }
    return text.toString();
  }

  /**
   * The character data of the current CHARACTERS or CDATA event, cut at {@link #MAX_TEXT_CHARS}.
   */
  String characters() {
    int length = Math.min(reader.getTextLength(), MAX_TEXT_CHARS);
    return new String(reader.getTextCharacters(), reader.getTextStart(), length);
  }

  /**
   * The text of an element that holds only text, such as a cell's {@code <v>}: a faster path than
   * {@link #text}. Leaves the reader on the element's end.
   */
  String simpleText() {
    try {
      String value = reader.getElementText();
      depth--;
      return value;
    } catch (Refusal refusal) {
      throw refusal;
    } catch (XMLStreamException | RuntimeException e) {
      throw damaged();
    }
  }

  /** Skips the current start element and everything inside it. */
  void skip() {
    int level = 1;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw damaged();
      }
    }
  }

  /** Reads to the end, so that the whole part has been checked against the limits. */
  void drain() {
    while (next() != XMLStreamConstants.END_DOCUMENT) {
      // every event is checked by next()
    }
  }

  private static boolean contains(String[] names, String name) {
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Refusal damaged() {
    return new Refusal("the package part '%s' is not well-formed XML".formatted(name));
  }

  @Override
  public void close() {
    try {
      reader.close();
      stream.close();
    } catch (XMLStreamException | IOException ignored) {
      // nothing left to release that matters
    }
  }
}
