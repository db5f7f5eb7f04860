package uk.warden.inspect.format.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal OpenDocument spreadsheets written by hand (no ODF library is on the classpath): the
 * mimetype entry first and stored, a manifest, and the parts a test gives.
 */
final class OdsFiles {

  static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"";

  private final Map<String, String> parts = new LinkedHashMap<>();
  private String manifestExtra = "";

  static OdsFiles spreadsheet(String automaticStyles, String body) {
    OdsFiles files = new OdsFiles();
    files.parts.put(
        "content.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + NAMESPACES
            + " office:version=\"1.3\">"
            + "<office:automatic-styles>"
            + automaticStyles
            + "</office:automatic-styles>"
            + "<office:body><office:spreadsheet>"
            + body
            + "</office:spreadsheet></office:body></office:document-content>");
    files.parts.put(
        "styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
            + NAMESPACES
            + "><office:styles>"
            + "<style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"
            + "<office:master-styles><style:master-page style:name=\"Default\">"
            + "<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>"
            + "<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>"
            + "</style:master-page></office:master-styles></office:document-styles>");
    return files;
  }

  OdsFiles part(String name, String xml) {
    parts.put(name, xml);
    return this;
  }

  OdsFiles manifestEntry(String xml) {
    manifestExtra += xml;
    return this;
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      StringBuilder manifest =
          new StringBuilder(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest" + NAMESPACES + ">")
              .append(
                  "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>");
      for (String name : parts.keySet()) {
        manifest
            .append("<manifest:file-entry manifest:full-path=\"")
            .append(name)
            .append("\" manifest:media-type=\"text/xml\"/>");
      }
      manifest.append(manifestExtra).append("</manifest:manifest>");
      write(zip, "META-INF/manifest.xml", manifest.toString());
      for (Map.Entry<String, String> part : parts.entrySet()) {
        write(zip, part.getKey(), part.getValue());
      }
    }
    return out.toByteArray();
  }

  private static void write(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
