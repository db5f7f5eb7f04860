package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Source;

/**
 * OLE2 compound files: the container of XLS workbooks, and of encrypted OOXML files (an
 * EncryptedPackage stream), which look like OLE2 rather than zip.
 */
final class Ole2Container {

  private Ole2Container() {}

  static boolean is(Source source) throws IOException {
    try (InputStream in = source.open()) {
      byte[] head = in.readNBytes(8);
      return head.length == 8 && FileMagic.valueOf(head) == FileMagic.OLE2;
    }
  }

  /** Opens the container read-only: random access on a file, in memory for an attachment. */
  static POIFSFileSystem open(Source source) throws IOException {
    Path path = source.path();
    if (path != null) {
      return new POIFSFileSystem(path.toFile(), true);
    }
    try (InputStream in = source.open()) {
      return new POIFSFileSystem(in);
    }
  }

  /** An encrypted OOXML package: reported as uninspectable; anything else is refused. */
  static void reportEncryptedPackage(Source source, Reporter reporter) throws IOException {
    try (POIFSFileSystem fs = open(source)) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        reporter.structure(
            HiddenContent.UNINSPECTABLE,
            null,
            null,
            1,
            "the workbook is encrypted with a password, so its content cannot be inspected");
        return;
      }
    }
    throw new Refusal("the file is an Excel 97-2003 style (OLE2) file, not an XLSX workbook");
  }
}
