package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.RecordingSink.Cell;
import uk.warden.inspect.content.RecordingSink.Structure;
import uk.warden.inspect.content.RecordingSink.Text;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** Excel 97-2003 workbooks, generated with HSSF and read back by streaming their records. */
class XlsReaderTests {

  private static final String FILE = "test.xls";

  interface Build {
    void build(HSSFWorkbook workbook) throws IOException;
  }

  private static byte[] xls(Build build) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.getInternalWorkbook().getWriteAccess().setUsername("");
      build.build(workbook);
      return Workbooks.bytes(workbook);
    }
  }

  private static RecordingSink read(byte[] bytes) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new XlsReader().read(Source.of(FILE, bytes, Limits.defaults()), sink);
    return sink;
  }

  @Test
  void reportsHiddenSheetsRowsColumnsAndFilters() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              HSSFSheet summary = workbook.createSheet("Summary");
              for (int r = 0; r < 25; r++) {
                Row row = summary.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "Name" : "Officer " + r);
                row.createCell(1).setCellValue(r);
                row.createCell(2).setCellValue("secret " + r);
              }
              summary.setColumnHidden(2, true);
              summary.getRow(22).setZeroHeight(true);
              summary.setAutoFilter(CellRangeAddress.valueOf("A1:B20"));
              summary.getRow(3).setZeroHeight(true);
              summary.getRow(4).setZeroHeight(true);
              HSSFSheet staff = workbook.createSheet("Staff");
              staff.createRow(0).createCell(0).setCellValue("Surname");
              staff.createRow(1).createCell(0).setCellValue("Doyle");
              workbook.setSheetHidden(1, true);
              workbook.createSheet("Vault").createRow(0).createCell(0).setCellValue("Informant 7");
              workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures)
        .extracting(Structure::code, Structure::location, Structure::count)
        .contains(
            tuple(HiddenContent.FILTERED_ROWS, new Location(FILE, "Summary", "4:5"), 2L),
            tuple(HiddenContent.HIDDEN_ROWS, new Location(FILE, "Summary", "23:23"), 1L),
            tuple(HiddenContent.HIDDEN_COLUMNS, new Location(FILE, "Summary", "C:C"), 1L),
            tuple(HiddenContent.HIDDEN_SHEET, new Location(FILE, "Staff", "A1:A2"), 2L),
            tuple(HiddenContent.VERY_HIDDEN_SHEET, new Location(FILE, "Vault", "A1"), 1L));
    assertThat(XlsxHiddenCellsTests.table(sink, "Summary").cells())
        .contains(
            new Cell(3, 0, "Officer 3", HiddenContent.FILTERED_ROWS),
            new Cell(22, 0, "Officer 22", HiddenContent.HIDDEN_ROWS),
            new Cell(1, 2, "secret 1", HiddenContent.HIDDEN_COLUMNS),
            new Cell(1, 1, "1", null));
    assertThat(XlsxHiddenCellsTests.table(sink, "Staff").cells())
        .containsExactly(
            new Cell(0, 0, "Surname", HiddenContent.HIDDEN_SHEET),
            new Cell(1, 0, "Doyle", HiddenContent.HIDDEN_SHEET));
    assertThat(XlsxHiddenCellsTests.table(sink, "Vault").hiddenBy())
        .isEqualTo(HiddenContent.VERY_HIDDEN_SHEET);
  }

  @Test
  void findsInvisibleCells() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              HSSFSheet sheet = workbook.createSheet("Pay");
              CellStyle empty = workbook.createCellStyle();
              empty.setDataFormat(workbook.createDataFormat().getFormat(";;;"));
              HSSFFont white = workbook.createFont();
              white.setColor(IndexedColors.WHITE.getIndex());
              HSSFCellStyle whiteText = workbook.createCellStyle();
              whiteText.setFont(white);
              Row row = sheet.createRow(0);
              row.createCell(0).setCellValue(41_000);
              row.getCell(0).setCellStyle(empty);
              row.createCell(1).setCellValue("Ms K Adeyemi");
              row.getCell(1).setCellStyle(whiteText);
              row.createCell(2).setCellValue("shown");
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.INVISIBLE_CELLS))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.location()).isEqualTo(new Location(FILE, "Pay", "A1,B1"));
              assertThat(s.count()).isEqualTo(2);
            });
    assertThat(XlsxHiddenCellsTests.table(sink, "Pay").cells())
        .containsExactly(
            new Cell(0, 0, "41000", HiddenContent.INVISIBLE_CELLS),
            new Cell(0, 1, "Ms K Adeyemi", HiddenContent.INVISIBLE_CELLS),
            new Cell(0, 2, "shown", null));
  }

  @Test
  void reportsCommentsHeadersNamesAndProperties() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              HSSFSheet sheet = workbook.createSheet("Log");
              sheet.createRow(0).createCell(0).setCellValue("entry");
              HSSFPatriarch patriarch = sheet.createDrawingPatriarch();
              HSSFComment comment =
                  patriarch.createCellComment(
                      new HSSFClientAnchor(0, 0, 0, 0, (short) 3, 3, (short) 6, 8));
              comment.setString(new HSSFRichTextString("Called DS Frost at home"));
              comment.setAuthor("Insp Ann Lee");
              comment.setRow(1);
              comment.setColumn(1);
              sheet.getHeader().setLeft("Prepared for DCI Moss");
              HSSFSheet hidden = workbook.createSheet("Hidden");
              hidden.createRow(0).createCell(0).setCellValue("x");
              workbook.setSheetHidden(1, true);
              Name name = workbook.createName();
              name.setNameName("Secrets");
              name.setRefersToFormula("Hidden!$A$1:$A$5");
              workbook.createInformationProperties();
              workbook.getSummaryInformation().setAuthor("PC Liam Byrne");
              workbook.getDocumentSummaryInformation().setCompany("Example Police");
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures)
        .extracting(Structure::code, Structure::location, Structure::count)
        .contains(
            tuple(HiddenContent.COMMENTS, new Location(FILE, "Log", "B2"), 1L),
            tuple(HiddenContent.HEADER_FOOTER, new Location(FILE, "Log", null), 1L),
            tuple(HiddenContent.DEFINED_NAME, new Location(FILE, "Hidden", "A1:A5"), 1L),
            tuple(
                HiddenContent.DOCUMENT_PROPERTIES,
                new Location(FILE, "SummaryInformation", null),
                1L),
            tuple(
                HiddenContent.DOCUMENT_PROPERTIES,
                new Location(FILE, "DocumentSummaryInformation", null),
                1L));
    assertThat(sink.texts)
        .extracting(Text::hiddenBy, Text::text)
        .contains(
            tuple(HiddenContent.COMMENTS, "Called DS Frost at home"),
            tuple(HiddenContent.COMMENTS, "Insp Ann Lee"),
            tuple(HiddenContent.HEADER_FOOTER, "Prepared for DCI Moss"),
            tuple(HiddenContent.DEFINED_NAME, "Secrets"),
            tuple(HiddenContent.DOCUMENT_PROPERTIES, "PC Liam Byrne"),
            tuple(HiddenContent.DOCUMENT_PROPERTIES, "Example Police"));
    assertThat(sink.structures)
        .allSatisfy(s -> assertThat(s.detail()).doesNotContain("Frost", "Byrne", "Moss"));
  }

  @Test
  void reportsTheUserNameOfTheLastSave() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              workbook.createSheet("S").createRow(0).createCell(0).setCellValue(1);
              workbook.getInternalWorkbook().getWriteAccess().setUsername("jsmith42");
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.DOCUMENT_PROPERTIES))
        .singleElement()
        .satisfies(
            s -> assertThat(s.location()).isEqualTo(new Location(FILE, "WriteAccess", null)));
    assertThat(sink.texts).extracting(Text::text).contains("jsmith42");
  }

  @Test
  void reportsLinksToOtherWorkbooksAndFiles() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              HSSFSheet sheet = workbook.createSheet("Totals");
              try (HSSFWorkbook other = new HSSFWorkbook()) {
                other.createSheet("Pay").createRow(0).createCell(0).setCellValue(1);
                workbook.linkExternalWorkbook("payroll.xls", other);
                Row row = sheet.createRow(0);
                row.createCell(0).setCellFormula("[payroll.xls]Pay!A1");
              }
              org.apache.poi.ss.usermodel.Cell linked = sheet.getRow(0).createCell(1);
              linked.setCellValue("grievance");
              HSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
              link.setAddress("\\\\hr-server\\cases\\grievance-2024-17.doc");
              linked.setHyperlink(link);
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures(HiddenContent.EXTERNAL_LINK))
        .extracting(Structure::location)
        .contains(
            new Location(FILE, "Totals", "A1"),
            new Location(FILE, "Totals", "B1"),
            new Location(FILE, "external link 1", null));
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.EXTERNAL_LINK)
        .extracting(Text::text)
        .anySatisfy(t -> assertThat(t).contains("payroll.xls"))
        .anySatisfy(t -> assertThat(t).contains("hr-server"));
  }

  @Test
  void reportsStoragesBesideTheWorkbookStream() throws Exception {
    byte[] base =
        xls(
            workbook -> {
              HSSFSheet sheet = workbook.createSheet("Evidence");
              sheet.createRow(0).createCell(0).setCellValue("see object");
              int ole =
                  workbook.addOlePackage(
                      "Statement of Ravi Kumar".getBytes(StandardCharsets.UTF_8),
                      "statement.txt",
                      "statement.txt",
                      "statement.txt");
              int picture =
                  workbook.addPicture(
                      new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                      HSSFWorkbook.PICTURE_TYPE_PNG);
              sheet
                  .createDrawingPatriarch()
                  .createObjectData(
                      new HSSFClientAnchor(0, 0, 0, 0, (short) 1, 1, (short) 3, 4), ole, picture);
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(base))) {
      DirectoryEntry vba = fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
      vba.createDocument(
          "PROJECT", new ByteArrayInputStream("ID=\"{0}\"".getBytes(StandardCharsets.US_ASCII)));
      DirectoryEntry caches = fs.getRoot().createDirectory("_SX_DB_CUR");
      caches.createDocument("0001", new ByteArrayInputStream(pivotStream("Okonkwo", "Fraser")));
      fs.getRoot().createDocument("Revision Log", new ByteArrayInputStream(new byte[64]));
      fs.writeFilesystem(out);
    }

    RecordingSink sink = read(out.toByteArray());

    assertThat(sink.structures)
        .extracting(Structure::code, Structure::location, Structure::count)
        .contains(
            tuple(HiddenContent.MACROS, new Location(FILE, "_VBA_PROJECT_CUR", null), 1L),
            tuple(HiddenContent.PIVOT_CACHE, new Location(FILE, "_SX_DB_CUR/0001", null), 2L),
            tuple(HiddenContent.TRACKED_CHANGES, new Location(FILE, "Revision Log", null), 1L));
    assertThat(sink.structures(HiddenContent.EMBEDDED_OBJECT))
        .singleElement()
        .satisfies(s -> assertThat(s.location().part()).startsWith("MBD"));
    assertThat(sink.nested)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.name()).isEqualTo("statement.txt");
              assertThat(new String(n.content(), StandardCharsets.UTF_8))
                  .isEqualTo("Statement of Ravi Kumar");
            });
    assertThat(sink.texts)
        .filteredOn(t -> t.hiddenBy() == HiddenContent.PIVOT_CACHE)
        .extracting(Text::text)
        .containsExactly("Okonkwo", "Fraser");
  }

  /** A pivot cache stream: SXDB (2 records, 1 field), then two SXSTRING values. */
  private static byte[] pivotStream(String... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] sxdb = new byte[20];
    sxdb[0] = 2;
    sxdb[10] = 1;
    record(out, 0x00C6, sxdb);
    for (String value : values) {
      byte[] chars = value.getBytes(StandardCharsets.ISO_8859_1);
      byte[] data = new byte[3 + chars.length];
      data[0] = (byte) chars.length;
      System.arraycopy(chars, 0, data, 3, chars.length);
      record(out, 0x00CD, data);
    }
    return out.toByteArray();
  }

  private static void record(ByteArrayOutputStream out, int type, byte[] data) {
    out.write(type & 0xFF);
    out.write(type >> 8);
    out.write(data.length & 0xFF);
    out.write(data.length >> 8);
    out.writeBytes(data);
  }

  @Test
  void reportsAPasswordProtectedWorkbookAsUninspectable() throws Exception {
    byte[] file;
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try {
      file =
          xls(
              workbook ->
                  workbook.createSheet("Pay").createRow(0).createCell(0).setCellValue("Ms X"));
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }

    RecordingSink sink = read(file);

    assertThat(sink.codes()).contains(HiddenContent.UNINSPECTABLE);
    assertThat(sink.allText()).doesNotContain("Ms X");
  }

  @Test
  void aCleanWorkbookHasNoFindings() throws Exception {
    byte[] file =
        xls(
            workbook -> {
              HSSFSheet sheet = workbook.createSheet("Headcount");
              for (int r = 0; r < 5; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Rank " + r);
                row.createCell(1).setCellValue(r * 10);
              }
            });

    RecordingSink sink = read(file);

    assertThat(sink.structures).isEmpty();
    assertThat(XlsxHiddenCellsTests.table(sink, "Headcount").cells())
        .hasSize(10)
        .allMatch(c -> c.hiddenBy() == null);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void refusesTruncatedAndForeignFiles() throws Exception {
    byte[] file =
        xls(workbook -> workbook.createSheet("S").createRow(0).createCell(0).setCellValue(1));
    byte[] truncated = Arrays.copyOf(file, file.length / 3);

    assertThatThrownBy(() -> read(truncated)).isInstanceOf(UnreadableException.class);
    assertThatThrownBy(() -> read("not a workbook at all".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("OLE2");
  }
}
