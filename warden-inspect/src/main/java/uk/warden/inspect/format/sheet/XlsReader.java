package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads Excel 97-2003 workbooks (XLS, BIFF8) by streaming their records with POI's HSSF record
 * factory, never HSSFWorkbook, so memory stays flat whatever the cell count. An encrypted workbook
 * (a FILEPASS record whose password is not the default) is reported as uninspectable.
 */
public final class XlsReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.XLS);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Reporter reporter = new Reporter(sink, source.location(), source.limits());
    try {
      if (source.size() > source.limits().maxFileBytes()) {
        throw new UnreadableException(
            "the file is larger than the limit of " + Sizes.bytes(source.limits().maxFileBytes()));
      }
      if (!Ole2Container.is(source)) {
        throw new UnreadableException(
            "the file is not an Excel 97-2003 workbook (no OLE2 container)");
      }
      try (POIFSFileSystem fs = Ole2Container.open(source)) {
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptedPackage")) {
          encrypted(reporter);
          return;
        }
        String stream = workbookStream(root);
        BiffWorkbook workbook = new BiffWorkbook(reporter);
        try (InputStream in = root.createDocumentInputStream(stream)) {
          workbook.read(in);
        } catch (EncryptedDocumentException e) {
          encrypted(reporter);
          return;
        }
        XlsStorage.report(reporter, fs, workbook.writeAccess());
      }
    } catch (Refusal refusal) {
      throw refusal.unreadable();
    } catch (IOException e) {
      throw new UnreadableException("the workbook cannot be read: it is damaged or truncated", e);
    } catch (RuntimeException e) {
      throw new UnreadableException(
          "the workbook is damaged: its records cannot be parsed ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private static String workbookStream(DirectoryNode root) {
    for (String name : new String[] {"Workbook", "WORKBOOK", "BOOK"}) {
      if (root.hasEntry(name)) {
        return name;
      }
    }
    if (root.hasEntry("Book")) {
      throw new Refusal("the workbook is in the Excel 5.0/95 format, which is not supported");
    }
    throw new Refusal("the file is an OLE2 container without an Excel workbook stream");
  }

  private static void encrypted(Reporter reporter) {
    reporter.structure(
        HiddenContent.UNINSPECTABLE,
        null,
        null,
        1,
        "the workbook is encrypted with a password, so its content cannot be inspected");
  }
}
