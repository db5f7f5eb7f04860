package uk.warden.app.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;

/** Reading found and checked extracts as tables: CSV, TSV and XLSX, and writing XLSX extracts. */
class ExtractTableTests {

  @Test
  void aCsvIsOneSheetWithItsHeaderAndPayNumbers() {
    ExtractTable table =
        ExtractTable.read(
            "leak.csv", utf8("pay_number,surname\nAB0001,Smith\n\n\"AB0002\",\"O'Neil, Jr\"\n"));
    assertThat(table.sheets()).hasSize(1);
    assertThat(table.headers()).containsExactly("pay_number", "surname");
    assertThat(table.rows())
        .containsExactly(
            List.of("pay_number", "surname"),
            List.of("AB0001", "Smith"),
            List.of("AB0002", "O'Neil, Jr"));
    assertThat(table.payNumbers()).containsExactly("AB0001", "AB0002");
  }

  @Test
  void aTsvIsJudgedFromItsFirstLine() {
    ExtractTable table =
        ExtractTable.read(
            "leak.txt", utf8("Pay No\tname, initials\tborn\nAB0001\tSmith, J\t1985-03-12\n"));
    assertThat(table.rows())
        .containsExactly(
            List.of("Pay No", "name, initials", "born"),
            List.of("AB0001", "Smith, J", "1985-03-12"));
    assertThat(table.payNumbers()).containsExactly("AB0001");
  }

  @Test
  void everySheetOfAWorkbookIsReadHiddenOnesToo() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet shown = workbook.createSheet("shown");
      fill(shown, List.of("pay_number", "surname"), List.of(List.of("AB0001", "Smith")));
      XSSFSheet hidden = workbook.createSheet("hidden");
      // The hidden copy has its columns the other way round and starts lower down.
      hidden.createRow(2).createCell(0).setCellValue("surname");
      hidden.getRow(2).createCell(1).setCellValue("pay_number");
      hidden.createRow(3).createCell(0).setCellValue("Jones");
      hidden.getRow(3).createCell(1).setCellValue("AB0002");
      XSSFSheet veryHidden = workbook.createSheet("very");
      fill(veryHidden, List.of("staff_number", "rank"), List.of(List.of("AB0003", "PC")));
      workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
      workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      xlsx = bytes(workbook);
    }
    ExtractTable table = ExtractTable.read("leak.xlsx", xlsx);
    assertThat(table.sheets())
        .extracting(ExtractTable.Sheet::name)
        .containsExactly("shown", "hidden", "very");
    assertThat(table.sheets().get(1).header()).containsExactly("surname", "pay_number");
    assertThat(table.payNumbers()).containsExactly("AB0001", "AB0002", "AB0003");
    assertThat(table.headers()).containsExactly("pay_number", "surname", "staff_number", "rank");
    // The hidden copy is laid out as the first sheet; a sheet of other columns follows as read.
    assertThat(table.rows())
        .containsExactly(
            List.of("pay_number", "surname"),
            List.of("AB0001", "Smith"),
            List.of("AB0002", "Jones"),
            List.of("staff_number", "rank"),
            List.of("AB0003", "PC"));
  }

  @Test
  void numericPayNumbersKeepTheirDigitsAndDatesReadIso() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("staff");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("pay_number");
      header.createCell(1).setCellValue("joined");
      header.createCell(2).setCellValue("padded");
      header.createCell(3).setCellValue("sum");
      var styleDate = workbook.createCellStyle();
      styleDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      var stylePadded = workbook.createCellStyle();
      stylePadded.setDataFormat(workbook.createDataFormat().getFormat("00000000"));
      double[] pays = {123450, 12345678, 98765432101d};
      for (int i = 0; i < pays.length; i++) {
        var row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(pays[i]);
        var joined = row.createCell(1);
        joined.setCellValue(java.time.LocalDate.of(2001, 2, 3 + i));
        joined.setCellStyle(styleDate);
        var padded = row.createCell(2);
        padded.setCellValue(4567);
        padded.setCellStyle(stylePadded);
        row.createCell(3).setCellFormula("A" + (i + 2) + "+1");
      }
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      xlsx = bytes(workbook);
    }
    ExtractTable table = ExtractTable.read("numbers.xlsx", xlsx);
    assertThat(table.payNumbers()).containsExactly("123450", "12345678", "98765432101");
    assertThat(table.rows().get(1)).containsExactly("123450", "2001-02-03", "00004567", "123451");
    assertThat(table.rows().get(3).get(3)).isEqualTo("98765432102");
  }

  @Test
  void aLegacyXlsIsRefusedByItsContentWhateverItsName() {
    byte[] ole2 = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    assertThatThrownBy(() -> ExtractTable.read("staff.csv", ole2))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("staff.csv")
        .hasMessageContaining("legacy .xls is not read; save as .xlsx or CSV");
  }

  @Test
  void aCorruptWorkbookIsRefusedNamingTheFile() {
    byte[] corrupt = {'P', 'K', 3, 4, 0, 0, (byte) 0xC3, 0x28, 1, 2, 3, 4, 5, 6, 7, 8};
    assertThatThrownBy(() -> ExtractTable.read("leak.xlsx", corrupt))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("leak.xlsx: is not a readable XLSX workbook");
  }

  @Test
  void aZipThatIsNotAWorkbookIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
      zip.write(utf8("AB0001,Smith secret"));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> ExtractTable.read("notes.zip", out.toByteArray()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("notes.zip: is not a readable XLSX workbook")
        .hasMessageNotContaining("AB0001");
  }

  @Test
  void aBinaryBlobAndAnEmptyFileAreRefused() {
    byte[] blob = {0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x7F, (byte) 0x80, 0x00};
    assertThatThrownBy(() -> ExtractTable.read("blob.bin", blob))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("blob.bin: is not a CSV or TSV text file in UTF-8");
    assertThatThrownBy(() -> ExtractTable.read("empty.csv", new byte[0]))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("empty.csv: is empty");
    assertThatThrownBy(() -> ExtractTable.read("blank.csv", utf8("\n\n")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("blank.csv: is empty");
  }

  @Test
  void anythingButATableIsNoneForACheck() {
    assertThat(ExtractTable.readIfTable("report.pdf", utf8("%PDF-1.7\n")))
        .isEqualTo(ExtractTable.NONE);
    assertThat(ExtractTable.readIfTable("broken.xlsx", new byte[] {'P', 'K', 3, 4}))
        .isEqualTo(ExtractTable.NONE);
    assertThat(ExtractTable.readIfTable("ok.csv", utf8("pay_no\nAB0001\n")).payNumbers())
        .containsExactly("AB0001");
  }

  @Test
  void anExtractWorkbookReadsBackAsWrittenWithLeadingZeros() throws IOException {
    List<String> columns = List.of("pay_number", "surname", "forenames", "born");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(List.of(String.format("%07d", i), "Surname" + i, "Fore Name", "1985-03-12"));
    }
    rows.add(List.of("00012", "", "=1+1", "TRUE"));
    byte[] xlsx = ExtractWorkbook.write(columns, rows);

    ExtractTable table = ExtractTable.read("extract.xlsx", xlsx);
    assertThat(table.sheets()).hasSize(1);
    assertThat(table.sheets().get(0).name()).isEqualTo(ExtractWorkbook.SHEET);
    assertThat(table.headers()).isEqualTo(columns);
    assertThat(table.sheets().get(0).data()).isEqualTo(rows);
    assertThat(table.payNumbers()).startsWith("0000000", "0000001").endsWith("00012");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Warden");
    }
  }

  private static void fill(XSSFSheet sheet, List<String> header, List<List<String>> rows) {
    var first = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      first.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      var row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
