package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Embedded objects of an OOXML workbook (any part under an embeddings folder) and photographs
 * pasted into it (JPEG and PNG media). Objects are reported and handed over as nested documents,
 * unwrapped from their OLE wrapper; photographs are handed over without a finding, so that the
 * image reader can look for camera and location metadata.
 */
final class EmbeddedParts {

  private EmbeddedParts() {}

  static void report(Reporter reporter, OoxmlPackage pkg, Map<String, String> hostSheets)
      throws IOException {
    long max = reporter.limits().maxFileBytes();
    for (String name : pkg.zip().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.contains("/embeddings/")) {
        embedded(reporter, pkg, name, hostSheets.get(name), max);
      } else if (lower.contains("/media/") && pkg.zip().declaredSize(name) <= max) {
        byte[] bytes = pkg.zip().readAll(name, max);
        if (photograph(bytes)) {
          reporter.nested(name, fileName(name), bytes);
        }
      }
    }
  }

  private static void embedded(
      Reporter reporter, OoxmlPackage pkg, String part, @Nullable String sheet, long max)
      throws IOException {
    String where = sheet == null ? "" : " on sheet '%s'".formatted(sheet);
    if (pkg.zip().declaredSize(part) > max) {
      reporter.structure(
          HiddenContent.UNINSPECTABLE,
          part,
          null,
          1,
          "an embedded object%s is larger than the limit of %s, so it was not read"
              .formatted(where, Sizes.bytes(max)));
      return;
    }
    byte[] bytes = pkg.zip().readAll(part, max);
    OleObjects.Embedded inner = OleObjects.unwrap(fileName(part), bytes, max);
    reporter.structure(
        HiddenContent.EMBEDDED_OBJECT,
        part,
        null,
        1,
        "an embedded %s%s".formatted(kind(part), where));
    reporter.nested(part, inner.name(), inner.content());
  }

  /** Maps each embedded part to the sheet whose relationships point at it. */
  static void hosts(
      OoxmlPackage pkg, String sheetPart, String sheet, Map<String, String> hostSheets) {
    for (Relationship relationship : pkg.relationships(sheetPart)) {
      if (!relationship.external()
          && (relationship.is("oleObject") || relationship.is("package"))) {
        hostSheets.putIfAbsent(relationship.target(), sheet);
      }
    }
  }

  private static String kind(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".doc")) {
      return "Word document";
    }
    if (lower.endsWith(".xlsx")
        || lower.endsWith(".xlsm")
        || lower.endsWith(".xls")
        || lower.endsWith(".xlsb")) {
      return "Excel workbook";
    }
    if (lower.endsWith(".pptx") || lower.endsWith(".pptm") || lower.endsWith(".ppt")) {
      return "PowerPoint presentation";
    }
    if (lower.endsWith(".pdf")) {
      return "PDF document";
    }
    if (lower.endsWith(".bin")) {
      return "OLE object";
    }
    return "file";
  }

  static boolean photograph(byte[] bytes) {
    boolean jpeg =
        bytes.length > 3
            && (bytes[0] & 0xFF) == 0xFF
            && (bytes[1] & 0xFF) == 0xD8
            && (bytes[2] & 0xFF) == 0xFF;
    boolean png =
        bytes.length > 8
            && (bytes[0] & 0xFF) == 0x89
            && bytes[1] == 'P'
            && bytes[2] == 'N'
            && bytes[3] == 'G';
    return jpeg || png;
  }

  static String fileName(String part) {
    return part.substring(part.lastIndexOf('/') + 1);
  }
}
