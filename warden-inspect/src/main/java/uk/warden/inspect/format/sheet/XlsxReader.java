package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads Excel workbooks (XLSX, XLSM): every cell of every sheet, hidden or not, and the structures
 * that hide content, all streamed from the package parts with a hardened StAX parser. Never builds
 * a workbook object model, so a 100,000-row sheet fits a small heap.
 */
public final class XlsxReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return EnumSet.of(Format.XLSX, Format.XLSM);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Reporter reporter = new Reporter(sink, source.location(), source.limits());
    try {
      if (Ole2Container.is(source)) {
        Ole2Container.reportEncryptedPackage(source, reporter);
        return;
      }
      try (ZipArchive zip = ZipArchive.open(source);
          OoxmlPackage pkg = new OoxmlPackage(zip)) {
        new XlsxInspection(pkg, reporter).run();
      }
    } catch (Refusal refusal) {
      throw refusal.unreadable();
    } catch (IOException e) {
      throw new UnreadableException("the workbook cannot be read: it is damaged or truncated", e);
    } catch (RuntimeException e) {
      throw new UnreadableException(
          "the workbook is damaged: a part cannot be parsed ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }
}
