package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.RecordingSink.Cell;
import uk.warden.inspect.content.RecordingSink.Structure;

/** Sheets, rows, columns, filters and formats that keep cells out of sight in an XLSX. */
class XlsxHiddenCellsTests {

  private static final String[] RANKS = {
    "Constable", "Sergeant", "Inspector", "Chief Inspector", "Superintendent"
  };

  @Test
  void reportsThePsniHiddenStaffSheetAndHandsOverEveryRowAsHidden() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet summary = workbook.createSheet("Headcount");
              summary.createRow(0).createCell(0).setCellValue("Rank");
              summary.getRow(0).createCell(1).setCellValue("Headcount");
              for (int i = 0; i < RANKS.length; i++) {
                Row row = summary.createRow(i + 1);
                row.createCell(0).setCellValue(RANKS[i]);
                row.createCell(1).setCellValue(1900);
              }
              XSSFSheet staff = workbook.createSheet("Staff");
              Row header = staff.createRow(0);
              String[] columns = {"Surname", "Forenames", "Rank", "Unit"};
              for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
              }
              for (int r = 1; r <= 9_500; r++) {
                Row row = staff.createRow(r);
                row.createCell(0).setCellValue("Surname" + r);
                row.createCell(1).setCellValue("Forename" + r);
                row.createCell(2).setCellValue(RANKS[r % RANKS.length]);
                row.createCell(3).setCellValue("Unit " + (r % 40));
              }
              workbook.setSheetHidden(1, true);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_SHEET))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Staff", "A1:D9501"));
              assertThat(s.count()).isEqualTo(9_501);
              assertThat(s.detail())
                  .contains("'Staff'", "9,501 rows × 4 columns")
                  .doesNotContain("Surname1");
            });
    RecordingSink.Table staff = table(sink, "Staff");
    assertThat(staff.hiddenBy()).isEqualTo(HiddenContent.HIDDEN_SHEET);
    assertThat(staff.cells()).hasSize(9_501 * 4);
    assertThat(staff.cells()).allMatch(c -> c.hiddenBy() == HiddenContent.HIDDEN_SHEET);
    assertThat(staff.cells())
        .contains(new Cell(9_500, 0, "Surname9500", HiddenContent.HIDDEN_SHEET));
    RecordingSink.Table summary = table(sink, "Headcount");
    assertThat(summary.hiddenBy()).isNull();
    assertThat(summary.cells())
        .allMatch(c -> c.hiddenBy() == null)
        .contains(new Cell(1, 1, "1900", null));
    assertThat(sink.codes()).containsExactly(HiddenContent.HIDDEN_SHEET);
  }

  @Test
  void reportsVeryHiddenSheets() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              workbook.createSheet("Visible").createRow(0).createCell(0).setCellValue("total");
              XSSFSheet secret = workbook.createSheet("Secret");
              secret.createRow(2).createCell(1).setCellValue("PC 1234 Jones");
              workbook.setSheetVisibility(
                  1, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.VERY_HIDDEN_SHEET))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Secret", "B3"));
              assertThat(s.count()).isEqualTo(1);
            });
    assertThat(table(sink, "Secret").cells())
        .containsExactly(new Cell(2, 1, "PC 1234 Jones", HiddenContent.VERY_HIDDEN_SHEET));
  }

  @Test
  void aHiddenWorkbookWindowHidesEverySheet() throws Exception {
    byte[] base =
        Workbooks.xlsx(
            workbook -> workbook.createSheet("Only").createRow(0).createCell(0).setCellValue("x"));
    byte[] file =
        ZipParts.of(base)
            .edit("xl/workbook.xml", "<workbookView", "<workbookView visibility=\"hidden\"")
            .bytes();

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_SHEET))
        .singleElement()
        .satisfies(
            s -> assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Only", "A1")));
    assertThat(table(sink, "Only").cells())
        .containsExactly(new Cell(0, 0, "x", HiddenContent.HIDDEN_SHEET));
  }

  @Test
  void reportsHiddenRowsThatHoldDataAndIgnoresEmptyHiddenRows() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Data");
              for (int r = 0; r < 12; r++) {
                sheet.createRow(r).createCell(0).setCellValue("row " + (r + 1));
              }
              for (int r = 4; r <= 8; r++) {
                sheet.getRow(r).setZeroHeight(true);
              }
              sheet.createRow(40).setZeroHeight(true);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_ROWS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Data", "5:9"));
              assertThat(s.count()).isEqualTo(5);
            });
    assertThat(table(sink, "Data").cells())
        .contains(
            new Cell(4, 0, "row 5", HiddenContent.HIDDEN_ROWS), new Cell(9, 0, "row 10", null));
  }

  @Test
  void reportsHiddenColumns() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Data");
              Row row = sheet.createRow(0);
              for (int c = 0; c < 6; c++) {
                row.createCell(c).setCellValue("c" + c);
              }
              sheet.setColumnHidden(2, true);
              sheet.setColumnHidden(3, true);
              sheet.setColumnHidden(10, true);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.HIDDEN_COLUMNS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Data", "C:D"));
              assertThat(s.count()).isEqualTo(2);
            });
    assertThat(table(sink, "Data").cells())
        .contains(new Cell(0, 2, "c2", HiddenContent.HIDDEN_COLUMNS), new Cell(0, 4, "c4", null));
  }

  @Test
  void tellsRowsHiddenByAFilterFromRowsHiddenByHand() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Incidents");
              for (int r = 0; r < 30; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Officer" : "Officer " + r);
                row.createCell(1).setCellValue(r == 0 ? "Status" : r % 2 == 0 ? "open" : "closed");
              }
              sheet.setAutoFilter(CellRangeAddress.valueOf("A1:B20"));
              for (int r = 1; r < 20; r += 2) {
                sheet.getRow(r).setZeroHeight(true);
              }
              sheet.getRow(25).setZeroHeight(true);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.FILTERED_ROWS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().part()).isEqualTo("Incidents");
              assertThat(s.location().range())
                  .isEqualTo("2:2,4:4,6:6,8:8,10:10,12:12,14:14,16:16,18:18,20:20");
              assertThat(s.count()).isEqualTo(10);
            });
    assertThat(sink.structures(HiddenContent.HIDDEN_ROWS))
        .singleElement()
        .satisfies(s -> assertThat(s.location().range()).isEqualTo("26:26"));
    assertThat(table(sink, "Incidents").cells())
        .contains(
            new Cell(1, 0, "Officer 1", HiddenContent.FILTERED_ROWS),
            new Cell(25, 0, "Officer 25", HiddenContent.HIDDEN_ROWS));
  }

  @Test
  void findsCellsHiddenByAnEmptyNumberFormat() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Pay");
              CellStyle hidden = workbook.createCellStyle();
              hidden.setDataFormat(workbook.createDataFormat().getFormat(";;;"));
              Row row = sheet.createRow(1);
              row.createCell(0).setCellValue("visible");
              row.createCell(1).setCellValue(52_000);
              row.getCell(1).setCellStyle(hidden);
              row.createCell(2).setCellValue("AB123456C");
              row.getCell(2).setCellStyle(hidden);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(Workbooks.FILE, "Pay", "B2,C2"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail()).contains(";;;").doesNotContain("AB123456C");
            });
    assertThat(table(sink, "Pay").cells())
        .containsExactly(
            new Cell(1, 0, "visible", null),
            new Cell(1, 1, "52000", HiddenContent.INVISIBLE_CELLS),
            new Cell(1, 2, "AB123456C", HiddenContent.INVISIBLE_CELLS));
  }

  @Test
  void whiteTextIsInvisibleOnWhiteButNotOnADarkFill() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Colours");
              XSSFFont white = workbook.createFont();
              white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
              XSSFCellStyle whiteOnNothing = workbook.createCellStyle();
              whiteOnNothing.setFont(white);
              XSSFCellStyle whiteOnNavy = workbook.createCellStyle();
              whiteOnNavy.setFont(white);
              whiteOnNavy.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
              whiteOnNavy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
              XSSFFont greyish = workbook.createFont();
              greyish.setColor(new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}));
              XSSFCellStyle paleOnWhiteFill = workbook.createCellStyle();
              paleOnWhiteFill.setFont(greyish);
              paleOnWhiteFill.setFillForegroundColor(
                  new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
              paleOnWhiteFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
              XSSFFont tiny = workbook.createFont();
              tiny.setFontHeightInPoints((short) 1);
              XSSFCellStyle tinyStyle = workbook.createCellStyle();
              tinyStyle.setFont(tiny);
              Row row = sheet.createRow(0);
              row.createCell(0).setCellValue("white on nothing");
              row.getCell(0).setCellStyle(whiteOnNothing);
              row.createCell(1).setCellValue("white on navy");
              row.getCell(1).setCellStyle(whiteOnNavy);
              row.createCell(2).setCellValue("pale on white");
              row.getCell(2).setCellStyle(paleOnWhiteFill);
              row.createCell(3).setCellValue("one point");
              row.getCell(3).setCellStyle(tinyStyle);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().range()).isEqualTo("A1,C1,D1");
              assertThat(s.count()).isEqualTo(3);
              assertThat(s.detail()).contains("coloured as the fill", "2 pt");
            });
    assertThat(table(sink, "Colours").cells())
        .extracting(Cell::hiddenBy)
        .containsExactly(
            HiddenContent.INVISIBLE_CELLS,
            null,
            HiddenContent.INVISIBLE_CELLS,
            HiddenContent.INVISIBLE_CELLS);
  }

  @Test
  void themeWhiteTextWithoutAFillIsInvisible() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Theme");
              XSSFFont background = workbook.createFont();
              background.setThemeColor((short) 0);
              XSSFCellStyle style = workbook.createCellStyle();
              style.setFont(background);
              sheet.createRow(3).createCell(4).setCellValue("DC Harris");
              sheet.getRow(3).getCell(4).setCellStyle(style);
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(s -> assertThat(s.location().range()).isEqualTo("E4"));
  }

  @Test
  void valuesKeptUnderAMergedCellAreInvisible() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("Merged");
              Row row = sheet.createRow(0);
              row.createCell(0).setCellValue("Title");
              row.createCell(1).setCellValue("Jane Roe, DOB 01/02/1980");
              sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location().range()).isEqualTo("B1");
              assertThat(s.detail()).contains("merged");
            });
    assertThat(table(sink, "Merged").cells())
        .containsExactly(
            new Cell(0, 0, "Title", null),
            new Cell(0, 1, "Jane Roe, DOB 01/02/1980", HiddenContent.INVISIBLE_CELLS));
  }

  @Test
  void datesArriveAsIsoTextAndPaddedIdentifiersKeepTheirZeros() throws Exception {
    byte[] file =
        Workbooks.xlsx(
            workbook -> {
              XSSFSheet sheet = workbook.createSheet("People");
              CellStyle date = workbook.createCellStyle();
              date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
              CellStyle nhs = workbook.createCellStyle();
              nhs.setDataFormat(workbook.createDataFormat().getFormat("000 000 0000"));
              CellStyle phone = workbook.createCellStyle();
              phone.setDataFormat(workbook.createDataFormat().getFormat("00000000000"));
              Row row = sheet.createRow(0);
              row.createCell(0).setCellValue(java.time.LocalDate.of(1985, 3, 12));
              row.getCell(0).setCellStyle(date);
              row.createCell(1).setCellValue(943_476_5919L);
              row.getCell(1).setCellStyle(nhs);
              row.createCell(2).setCellValue(42);
              row.createCell(3).setCellValue(true);
              row.createCell(4).setCellFormula("C1*2");
              row.createCell(5).setCellFormula("C1*3");
              row.createCell(6).setCellValue(770_090_0123L);
              row.getCell(6).setCellStyle(phone);
              workbook
                  .getCreationHelper()
                  .createFormulaEvaluator()
                  .evaluateFormulaCell(row.getCell(4));
            });

    RecordingSink sink = Workbooks.readXlsx(file);

    assertThat(table(sink, "People").cells())
        .extracting(Cell::value)
        .containsExactly("1985-03-12", "943 476 5919", "42", "TRUE", "84", "07700900123");
  }

  static RecordingSink.Table table(RecordingSink sink, String sheet) {
    List<RecordingSink.Table> tables =
        sink.tables.stream().filter(t -> sheet.equals(t.location().part())).toList();
    assertThat(tables).as("tables of sheet " + sheet).hasSize(1);
    return tables.get(0);
  }

  static List<Structure> at(RecordingSink sink, String part) {
    return sink.structures.stream().filter(s -> part.equals(s.location().part())).toList();
  }
}
