package uk.warden.inspect.format.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.Ole10NativeException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The document inside an embedded object. Office wraps what the user inserted in an OLE2 container:
 * a packaged file ({@code \1Ole10Native}, with its original name), an Office file (a {@code
 * Package} stream), a PDF ({@code CONTENTS}); a legacy Office file is the container itself. The
 * payload, not the wrapper, is what the inspector must read.
 */
record OlePayload(String name, byte[] content, String kind) {

  static OlePayload of(String partName, byte[] bytes) {
    String fileName = PartNames.fileName(partName);
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic != FileMagic.OLE2) {
      return new OlePayload(fileName, bytes, kindByName(fileName, magic));
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive(Ole10Native.OLE10_NATIVE)) {
        Ole10Native ole = Ole10Native.createFromEmbeddedOleObject(root);
        String original = originalName(ole);
        return new OlePayload(
            original.isEmpty() ? fileName : original, ole.getDataBuffer(), "packaged file");
      }
      if (root.hasEntryCaseInsensitive("Package")) {
        return new OlePayload(
            fileName, stream(root, "Package"), "Office document in an OLE wrapper");
      }
      if (root.hasEntryCaseInsensitive("CONTENTS")) {
        return new OlePayload(fileName, stream(root, "CONTENTS"), "PDF or other OLE content");
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return new OlePayload(fileName, bytes, "Word 97-2003 document");
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return new OlePayload(fileName, bytes, "Excel 97-2003 workbook");
      }
      if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
        return new OlePayload(fileName, bytes, "PowerPoint 97-2003 presentation");
      }
      return new OlePayload(fileName, bytes, "OLE object");
    } catch (IOException | RuntimeException | Ole10NativeException e) {
      // A damaged wrapper is passed on whole: the inspector then refuses it with its own reason.
      return new OlePayload(fileName, bytes, "OLE object");
    }
  }

  private static String originalName(Ole10Native ole) {
    for (String candidate : new String[] {ole.getLabel(), ole.getFileName()}) {
      if (candidate != null && !candidate.isBlank()) {
        String name = candidate.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).trim();
      }
    }
    return "";
  }

  private static byte[] stream(DirectoryNode root, String name) throws IOException {
    Entry entry = root.getEntryCaseInsensitive(name);
    if (!(entry instanceof DocumentEntry document)) {
      throw new IOException("not a stream");
    }
    try (InputStream in = root.createDocumentInputStream(document)) {
      return in.readAllBytes();
    }
  }

  private static String kindByName(String fileName, FileMagic magic) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".docx") || lower.endsWith(".docm")) {
      return "Word document";
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xlsb")) {
      return "Excel workbook";
    }
    if (lower.endsWith(".pptx") || lower.endsWith(".pptm") || lower.endsWith(".sldx")) {
      return "PowerPoint presentation";
    }
    if (magic == FileMagic.PDF) {
      return "PDF document";
    }
    if (magic == FileMagic.OOXML) {
      return "Office document";
    }
    return "file";
  }
}
