package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;

/**
 * A 20,000-row sheet streams through without a workbook model (the architecture test forbids one);
 * the sink counts instead of keeping cells, as the inspector does.
 */
class XlsxStreamingTests {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void streamsTwentyThousandRowsInReadingOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = workbook.createSheet("Big");
      for (int r = 0; r < 20_000; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < 5; c++) {
          row.createCell(c).setCellValue(c == 0 ? "Officer " + r : Integer.toString(r * c));
        }
        if (r % 1000 == 999) {
          row.setZeroHeight(true);
        }
      }
      workbook.write(out);
    }
    long[] counts = new long[3];
    ContentSink counting =
        new ContentSink() {
          int lastRow = -1;

          @Override
          public void structure(HiddenContent code, Location location, long count, String detail) {
            counts[2] += count;
          }

          @Override
          public void text(Location location, HiddenContent hiddenBy, CharSequence text) {}

          @Override
          public void table(Location location, HiddenContent hiddenBy) {}

          @Override
          public void cell(int row, int column, CharSequence value, HiddenContent hiddenBy) {
            assertThat(row).isGreaterThanOrEqualTo(lastRow);
            lastRow = row;
            counts[0]++;
            if (hiddenBy == HiddenContent.HIDDEN_ROWS) {
              counts[1]++;
            }
          }

          @Override
          public void nested(Location location, String name, byte[] content) {}
        };

    new XlsxReader().read(Source.of("big.xlsx", out.toByteArray(), Limits.defaults()), counting);

    assertThat(counts[0]).isEqualTo(100_000);
    assertThat(counts[1]).isEqualTo(20 * 5);
    assertThat(counts[2]).isEqualTo(20);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void findsValuesUnderMergesOfASheetTooLargeToHoldBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = workbook.createSheet("Big");
      for (int r = 0; r < 30_000; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < 4; c++) {
          row.createCell(c).setCellValue("v" + r + "-" + c);
        }
      }
      sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A29001:C29001"));
      workbook.write(out);
    }

    RecordingSink sink = Workbooks.readXlsx(out.toByteArray());

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location())
                  .isEqualTo(new Location(Workbooks.FILE, "Big", "B29001,C29001"));
              assertThat(s.detail()).contains("merged");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.INVISIBLE_CELLS)
        .extracting(RecordingSink.Text::text)
        .containsExactly("v29000-1", "v29000-2");
    assertThat(CellQueue.HELD_CELLS).isLessThan(120_000);
  }
}
