package uk.warden.inspect.format.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamConstants;
import uk.warden.inspect.content.HiddenContent;

/**
 * The parts of an OpenDocument spreadsheet around its content: the manifest (encryption, embedded
 * objects), meta.xml properties, header and footer text of the page styles in styles.xml, Basic
 * macros and pictures.
 */
final class OdsParts {

  private static final Map<String, String> META =
      Map.of(
          "initial-creator", "creator",
          "creator", "last modified by",
          "printed-by", "printed by",
          "title", "title",
          "subject", "subject",
          "description", "comments",
          "keyword", "keywords");

  private OdsParts() {}

  /** Whether the manifest declares encrypted entries (a password-protected document). */
  static boolean encrypted(ZipArchive zip) {
    String manifest = zip.find("META-INF/manifest.xml");
    if (manifest == null) {
      return false;
    }
    try (XmlPart xml = XmlPart.open(zip, manifest)) {
      while (xml.nextStart()) {
        if (xml.is("encryption-data")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Manifest entries: full path to media type. */
  static Map<String, String> manifest(ZipArchive zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    String manifest = zip.find("META-INF/manifest.xml");
    if (manifest == null) {
      return entries;
    }
    try (XmlPart xml = XmlPart.open(zip, manifest)) {
      while (xml.nextStart()) {
        if (xml.is("file-entry")) {
          String path = xml.attr("full-path");
          String type = xml.attr("media-type");
          if (path != null) {
            entries.put(path, type == null ? "" : type);
          }
        }
      }
    }
    return entries;
  }

  static void meta(Reporter reporter, ZipArchive zip) {
    String part = zip.find("meta.xml");
    if (part == null) {
      return;
    }
    List<String> set = new ArrayList<>();
    try (XmlPart xml = XmlPart.open(zip, part)) {
      while (xml.nextStart()) {
        String label = META.get(xml.localName());
        if (label != null) {
          String value = xml.text();
          if (PropertyNames.identifying(value)) {
            set.add(label);
            reporter.text(part, label, HiddenContent.DOCUMENT_PROPERTIES, value.strip());
          }
        } else if (xml.is("user-defined")) {
          String name = xml.attr("name");
          String value = xml.text();
          if (name != null
              && !PropertyNames.selfDescribing(name)
              && PropertyNames.identifying(value)) {
            set.add("custom property");
            reporter.text(
                part, name, HiddenContent.DOCUMENT_PROPERTIES, name + ": " + value.strip());
          }
        } else if (xml.is("template")) {
          String href = xml.attr("href");
          if (href != null && PropertyNames.identifying(href)) {
            set.add("template");
            reporter.text(
                part, "template", HiddenContent.DOCUMENT_PROPERTIES, ExternalLinks.decoded(href));
          }
        }
      }
    }
    if (!set.isEmpty()) {
      reporter.structure(
          HiddenContent.DOCUMENT_PROPERTIES,
          part,
          null,
          set.size(),
          "document properties set: " + String.join(", ", set.stream().distinct().toList()));
    }
  }

  /**
   * Header and footer text of the page styles. Fields (sheet name, page number, date) are left out,
   * and so is the boilerplate of LibreOffice's default footer ("Page 1").
   */
  static void headersAndFooters(Reporter reporter, ZipArchive zip, OdsStyles styles) {
    String part = zip.find("styles.xml");
    if (part == null) {
      return;
    }
    try (XmlPart xml = XmlPart.open(zip, part)) {
      String page = null;
      boolean inStyles = false;
      int event;
      while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
        if (event == XMLStreamConstants.END_ELEMENT
            && (xml.is("styles") || xml.is("automatic-styles"))) {
          inStyles = false;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.localName()) {
          case "styles", "automatic-styles" -> inStyles = true;
          case "master-page" -> page = xml.attr("name");
          case "header", "footer", "header-left", "footer-left", "header-first", "footer-first" -> {
            String section = xml.localName();
            boolean shown = !"false".equals(xml.attr("display"));
            String text = HeaderFooterText.openDocument(xml);
            if (shown && !text.isBlank() && !HeaderFooterText.boilerplate(text)) {
              reporter.text(part, page, HiddenContent.HEADER_FOOTER, text);
              reporter.structure(
                  HiddenContent.HEADER_FOOTER,
                  part,
                  page,
                  1,
                  "the page style prints text in its %s".formatted(section.replace('-', ' ')));
            }
          }
          default -> {
            if (inStyles) {
              styles.element(xml);
            }
          }
        }
      }
    }
  }

  static void macros(Reporter reporter, ZipArchive zip) {
    int modules = 0;
    for (String name : zip.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean basic =
          lower.startsWith("basic/")
              && lower.endsWith(".xml")
              && !lower.endsWith("script-lb.xml")
              && !lower.endsWith("script-lc.xml")
              && !lower.contains("dialog-l");
      boolean script = lower.startsWith("scripts/") && !lower.endsWith("/");
      if (basic || script) {
        modules++;
        if (basic) {
          try (XmlPart xml = XmlPart.open(zip, name)) {
            while (xml.nextStart()) {
              if (xml.is("module")) {
                reporter.text(name, xml.attr("name"), HiddenContent.MACROS, xml.text());
              }
            }
          }
        }
      }
    }
    if (modules > 0) {
      reporter.structure(
          HiddenContent.MACROS,
          "Basic",
          null,
          modules,
          "the document carries %s"
              .formatted(Sizes.count(modules, "macro module", "macro modules")));
    }
  }

  /** Embedded objects (not charts) and pictures, handed over as nested documents. */
  static void embedded(Reporter reporter, ZipArchive zip, Map<String, String> manifest)
      throws IOException {
    long max = reporter.limits().maxFileBytes();
    for (Map.Entry<String, String> entry : manifest.entrySet()) {
      String path = entry.getKey();
      String type = entry.getValue();
      if (path.equals("/") || type.contains("chart") || path.startsWith("META-INF")) {
        continue;
      }
      boolean object = path.startsWith("Object") || type.contains("oleobject");
      if (object && path.endsWith("/") && type.startsWith("application/vnd.oasis.opendocument")) {
        reporter.structure(
            HiddenContent.EMBEDDED_OBJECT,
            path,
            null,
            1,
            "an embedded OpenDocument object (%s)"
                .formatted(type.substring(type.lastIndexOf('.') + 1)));
        reporter.nested(
            path,
            path.substring(0, path.length() - 1).replace(' ', '_') + "." + extension(type),
            repack(zip, path, type, max));
      } else if (object && !path.endsWith("/") && zip.has(path)) {
        if (zip.declaredSize(path) > max) {
          reporter.structure(
              HiddenContent.UNINSPECTABLE,
              path,
              null,
              1,
              "an embedded object is larger than the limit, so it was not read");
          continue;
        }
        byte[] bytes = zip.readAll(path, max);
        OleObjects.Embedded inner = OleObjects.unwrap(EmbeddedParts.fileName(path), bytes, max);
        reporter.structure(HiddenContent.EMBEDDED_OBJECT, path, null, 1, "an embedded object");
        reporter.nested(path, inner.name(), inner.content());
      } else if (path.startsWith("Pictures/") && zip.has(path) && zip.declaredSize(path) <= max) {
        byte[] bytes = zip.readAll(path, max);
        if (EmbeddedParts.photograph(bytes)) {
          reporter.nested(path, EmbeddedParts.fileName(path), bytes);
        }
      }
    }
  }

  private static String extension(String type) {
    if (type.endsWith("text")) {
      return "odt";
    }
    if (type.endsWith("spreadsheet")) {
      return "ods";
    }
    if (type.endsWith("presentation")) {
      return "odp";
    }
    return "odf";
  }

  /** An embedded OpenDocument object's folder as a standalone package, mimetype first. */
  private static byte[] repack(ZipArchive zip, String folder, String type, long max)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream package_ = new ZipOutputStream(out)) {
      package_.putNextEntry(new ZipEntry("mimetype"));
      package_.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      package_.closeEntry();
      for (String name : zip.names()) {
        if (name.startsWith(folder) && !name.equals(folder + "mimetype")) {
          package_.putNextEntry(new ZipEntry(name.substring(folder.length())));
          package_.write(zip.readAll(name, max));
          package_.closeEntry();
          if (out.size() > max) {
            throw new Refusal("an embedded object is larger than the limit of " + Sizes.bytes(max));
          }
        }
      }
    }
    return out.toByteArray();
  }
}
