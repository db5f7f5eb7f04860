package uk.warden.app.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An extract as an XLSX workbook: one visible sheet named {@code extract}, the header row bold,
 * every cell a text cell (so a pay number such as {@code 0012345} keeps its zeros and no value is
 * read as a number or date), and nothing hidden: no further sheets, no hidden rows or columns. The
 * document's creator is {@code Warden}; no other property is set. Rows stream through a small
 * window ({@link SXSSFWorkbook}), so a large extract does not sit in memory; the temporary files
 * are removed when the workbook is written.
 */
public final class ExtractWorkbook {

  /** The one sheet's name. */
  public static final String SHEET = "extract";

  private static final int WINDOW = 200;

  private ExtractWorkbook() {}

  /** The workbook's bytes: {@code columns} as the bold header row, then {@code rows} as text. */
  public static byte[] write(List<String> columns, List<List<String>> rows) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      workbook.setCompressTempFiles(true);
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Warden");
      short text = workbook.createDataFormat().getFormat("@");
      CellStyle body = workbook.createCellStyle();
      body.setDataFormat(text);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setDataFormat(text);
      header.setFont(bold);

      Sheet sheet = workbook.createSheet(SHEET);
      row(sheet.createRow(0), columns, header);
      for (int r = 0; r < rows.size(); r++) {
        row(sheet.createRow(r + 1), rows.get(r), body);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the extract workbook could not be written", e);
    } finally {
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException e) {
        // Nothing left to release: the temporary files are already gone.
      }
    }
  }

  private static void row(Row row, List<String> values, CellStyle style) {
    for (int c = 0; c < values.size(); c++) {
      var cell = row.createCell(c);
      cell.setCellStyle(style);
      String value = values.get(c);
      cell.setCellValue(value == null ? "" : value);
    }
  }
}
