package uk.warden.inspect.format.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A package opened as a map of entries, for tests that add parts POI cannot write (pivot records,
 * external link caches, revision logs, threaded comments) or break parts on purpose.
 */
final class ZipParts {

  final Map<String, byte[]> entries = new LinkedHashMap<>();

  static ZipParts of(byte[] zip) throws IOException {
    ZipParts parts = new ZipParts();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  String text(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("no part " + name);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  ZipParts put(String name, String text) {
    entries.put(name, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  ZipParts put(String name, byte[] bytes) {
    entries.put(name, bytes);
    return this;
  }

  /** Replaces the first occurrence of {@code from} in a text part. */
  ZipParts edit(String name, String from, String to) {
    String text = text(name);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(name + " has no " + from);
    }
    return put(
        name,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  /** Adds an Override to [Content_Types].xml. */
  ZipParts contentType(String part, String type) {
    return edit(
        "[Content_Types].xml",
        "</Types>",
        "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/></Types>");
  }

  /** Adds a relationship to a part's .rels (creating it if needed). */
  ZipParts relationship(
      String sourcePart, String id, String type, String target, boolean external) {
    int slash = sourcePart.lastIndexOf('/');
    String rels =
        sourcePart.substring(0, slash + 1) + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
    String entry =
        "<Relationship Id=\""
            + id
            + "\" Type=\""
            + type
            + "\" Target=\""
            + target
            + "\""
            + (external ? " TargetMode=\"External\"" : "")
            + "/>";
    if (!entries.containsKey(rels)) {
      put(
          rels,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + entry
              + "</Relationships>");
      return this;
    }
    return edit(rels, "</Relationships>", entry + "</Relationships>");
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
