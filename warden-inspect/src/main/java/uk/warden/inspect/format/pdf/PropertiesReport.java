package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * The document information dictionary and the XMP metadata. Author, Title, Subject, Keywords and
 * custom keys are reported; Producer, Creator (the application) and dates are not, since every PDF
 * has them and they name software rather than people. XMP is reported on its own because tools that
 * clean the information dictionary often leave XMP behind.
 */
final class PropertiesReport {

  private static final Set<String> TOOL_KEYS =
      Set.of("Producer", "Creator", "CreationDate", "ModDate", "Trapped");
  private static final int MAX_KEYS = 1_000;
  private static final long MAX_XMP_BYTES = 8L << 20;
  private static final int NAMES_IN_DETAIL = 12;

  private final Emitter out;
  private final StreamGuard streams;

  PropertiesReport(Emitter out, StreamGuard streams) {
    this.out = out;
    this.streams = streams;
  }

  /** The information dictionary's reportable entries, key to value. */
  static Map<String, String> information(PDDocument document) {
    Map<String, String> entries = new LinkedHashMap<>();
    COSDictionary info = document.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
    if (info == null) {
      return entries;
    }
    for (COSName key : info.keySet()) {
      if (entries.size() >= MAX_KEYS) {
        break;
      }
      if (TOOL_KEYS.contains(key.getName())) {
        continue;
      }
      COSBase value = info.getDictionaryObject(key);
      String text =
          value instanceof COSString string
              ? string.getString()
              : value instanceof COSName name ? name.getName() : null;
      if (text != null && !text.isBlank()) {
        entries.put(key.getName(), text);
      }
    }
    return entries;
  }

  void read(PDDocument document) {
    Map<String, String> info = information(document);
    if (!info.isEmpty()) {
      Location where = out.part("document information");
      out.structure(
          HiddenContent.DOCUMENT_PROPERTIES,
          where,
          info.size(),
          "the document information dictionary holds "
              + Texts.list(new ArrayList<>(info.keySet()), NAMES_IN_DETAIL));
      for (Map.Entry<String, String> entry : info.entrySet()) {
        out.text(where.range(entry.getKey()), HiddenContent.DOCUMENT_PROPERTIES, entry.getValue());
      }
    }
    xmp(document);
  }

  private void xmp(PDDocument document) {
    COSStream metadata = metadata(document);
    if (metadata == null) {
      return;
    }
    Location where = out.part("XMP metadata");
    byte[] xml;
    try {
      xml = streams.read(metadata, MAX_XMP_BYTES);
    } catch (IOException e) {
      xml = null;
    }
    if (xml == null) {
      out.structure(
          HiddenContent.UNINSPECTABLE,
          where,
          1,
          "the XMP metadata is damaged or larger than "
              + ReadBudget.count(MAX_XMP_BYTES >> 20)
              + " MB; it cannot be checked for personal data");
      return;
    }
    List<XmpProperties.Property> properties = XmpProperties.parse(xml);
    if (properties.isEmpty()) {
      return;
    }
    List<String> names = properties.stream().map(XmpProperties.Property::name).distinct().toList();
    out.structure(
        HiddenContent.DOCUMENT_PROPERTIES,
        where,
        properties.size(),
        "XMP metadata holds " + Texts.list(names, NAMES_IN_DETAIL));
    for (XmpProperties.Property property : properties) {
      out.text(where.range(property.name()), HiddenContent.DOCUMENT_PROPERTIES, property.value());
    }
  }

  private static @Nullable COSStream metadata(PDDocument document) {
    COSBase metadata =
        document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.METADATA);
    return metadata instanceof COSStream stream ? stream : null;
  }
}
