package uk.warden.inspect.format.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** Test workbooks built with POI (tests may use the DOM model; the readers never do). */
final class Workbooks {

  static final String FILE = "test.xlsx";

  private Workbooks() {}

  interface Builder<W extends Workbook> {
    void build(W workbook) throws IOException;
  }

  static byte[] xlsx(Builder<XSSFWorkbook> builder) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      builder.build(workbook);
      return bytes(workbook);
    }
  }

  static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  static RecordingSink readXlsx(byte[] bytes) throws UnreadableException {
    return readXlsx(bytes, Limits.defaults());
  }

  static RecordingSink readXlsx(byte[] bytes, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new XlsxReader().read(Source.of(FILE, bytes, limits), sink);
    return sink;
  }
}
