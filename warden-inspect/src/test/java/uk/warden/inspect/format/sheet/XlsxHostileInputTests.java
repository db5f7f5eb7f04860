package uk.warden.inspect.format.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.UnreadableException;

/** Damaged, truncated, oversized and malicious packages end in a clear refusal, quickly. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class XlsxHostileInputTests {

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  private static byte[] small() throws Exception {
    return Workbooks.xlsx(
        workbook -> {
          XSSFSheet sheet = workbook.createSheet("Data");
          for (int r = 0; r < 5; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue("name " + r);
            row.createCell(1).setCellValue(r);
          }
        });
  }

  private static String sheetWith(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + body
        + "</sheetData></worksheet>";
  }

  @Test
  void refusesAZipBombBeforeInflatingIt() throws Exception {
    String padding = " ".repeat(60 << 20);
    byte[] file = ZipParts.of(small()).put(SHEET, sheetWith("<!--" + padding + "-->")).bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("expands more than 200×")
        .hasMessageContaining(SHEET);
  }

  @Test
  void refusesAnEntryThatInflatesBeyondItsDeclaredSize() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 20_000; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\"><v>")
          .append(r)
          .append("</v></c></row>");
    }
    byte[] honest = ZipParts.of(small()).put(SHEET, sheetWith(rows.toString())).bytes();
    byte[] lying = declareSize(honest, SHEET, 2_000);

    assertThatThrownBy(() -> Workbooks.readXlsx(lying))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("more than its declared size");
  }

  @Test
  void refusesMoreExpansionThanTheLimitAllows() throws Exception {
    Limits tight = new Limits(200L << 20, 4_000, 200, 10_000, 20_000_000, 5, 5_000);

    assertThatThrownBy(() -> Workbooks.readXlsx(small(), tight))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("expands to more than the limit");
  }

  @Test
  void refusesTooManyEntriesBeforeOpeningTheArchive() throws Exception {
    Limits tight = new Limits(200L << 20, 1L << 30, 200, 5, 20_000_000, 5, 5_000);

    assertThatThrownBy(() -> Workbooks.readXlsx(small(), tight))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("entries, more than the limit of 5");
  }

  @Test
  void refusesMoreCellsThanTheLimit() throws Exception {
    Limits tight = new Limits(200L << 20, 1L << 30, 200, 10_000, 6, 5, 5_000);

    assertThatThrownBy(() -> Workbooks.readXlsx(small(), tight))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("more than 6 cells");
  }

  @Test
  void refusesASharedStringsTableLargerThanTheCellLimit() throws Exception {
    String strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>x</t></si>".repeat(500)
            + "</sst>";
    byte[] file = ZipParts.of(small()).put("xl/sharedStrings.xml", strings).bytes();
    Limits tight = new Limits(200L << 20, 1L << 30, 200, 10_000, 100, 5, 5_000);

    assertThatThrownBy(() -> Workbooks.readXlsx(file, tight))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("shared strings table holds more strings than a reading can keep");
  }

  @Test
  void refusesOverlappingMergedAreas() throws Exception {
    StringBuilder merges = new StringBuilder();
    for (int n = 2; n < 20_000; n++) {
      merges.append("<mergeCell ref=\"A1:XFD").append(n).append("\"/>");
    }
    ZipParts parts = ZipParts.of(small());
    byte[] file =
        parts
            .edit(SHEET, "</sheetData>", "</sheetData><mergeCells>" + merges + "</mergeCells>")
            .bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("merged areas overlap");
  }

  @Test
  void refusesATruncatedFile() throws Exception {
    byte[] file = small();
    byte[] truncated = Arrays.copyOf(file, file.length / 2);

    assertThatThrownBy(() -> Workbooks.readXlsx(truncated))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void refusesBytesThatAreNotAZip() {
    byte[] noise = "Surname,Forename\nSmith,John\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Workbooks.readXlsx(noise))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("zip");
  }

  @Test
  void refusesEntityExpansionInASheet() throws Exception {
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"");
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      laughs.append(previous.repeat(10)).append("\">");
    }
    laughs
        .append(
            "]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        .append(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
    byte[] file = ZipParts.of(small()).put(SHEET, laughs.toString()).bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("DTD")
        .hasMessageContaining(SHEET);
  }

  @Test
  void refusesAnExternalEntityInTheContentTypes() throws Exception {
    ZipParts parts = ZipParts.of(small());
    String types = parts.text("[Content_Types].xml");
    byte[] file =
        parts
            .put(
                "[Content_Types].xml",
                types.replaceFirst(
                    "<Types",
                    "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Types"))
            .bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("DTD");
  }

  @Test
  void refusesASingleGiantTextNodeBeforeTheCellReaderHoldsIt() throws Exception {
    String giant = "A".repeat(12 << 20);
    byte[] file =
        ZipParts.of(small())
            .put(
                SHEET,
                sheetWith(
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                        + giant
                        + "</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"))
            .bytes();

    assertThatThrownBy(
            () ->
                Workbooks.readXlsx(
                    file, new Limits(200L << 20, 1L << 30, 20_000, 10_000, 20_000_000, 5, 5_000)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("single text or tag larger than 8 MB");
  }

  @Test
  void refusesCellsOutsideExcelsGrid() throws Exception {
    byte[] file =
        ZipParts.of(small())
            .put(SHEET, sheetWith("<row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row>"))
            .bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("outside Excel's grid");
  }

  @Test
  void refusesMalformedXml() throws Exception {
    byte[] file =
        ZipParts.of(small()).put(SHEET, "<worksheet><sheetData><row></sheetData>").bytes();

    assertThatThrownBy(() -> Workbooks.readXlsx(file))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("not well-formed")
        .hasMessageContaining(SHEET);
  }

  @Test
  void refusesAPackageWithoutAWorkbook() throws Exception {
    ZipParts parts = ZipParts.of(small());
    parts.entries.remove("xl/workbook.xml");

    assertThatThrownBy(() -> Workbooks.readXlsx(parts.bytes()))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("no workbook part");
  }

  @Test
  void reportsAnEncryptedWorkbookAsUninspectable() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream encrypted = encryptor.getDataStream(fs)) {
        encrypted.write(small());
      }
      fs.writeFilesystem(out);
    }

    RecordingSink sink = Workbooks.readXlsx(out.toByteArray());

    assertThat(sink.structures(HiddenContent.UNINSPECTABLE))
        .singleElement()
        .satisfies(s -> assertThat(s.detail()).contains("encrypted"));
    assertThat(sink.tables).isEmpty();
  }

  /** Rewrites the uncompressed size the central directory declares for one entry. */
  private static byte[] declareSize(byte[] zip, String name, int size) {
    byte[] copy = zip.clone();
    ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    byte[] target = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < copy.length; i++) {
      if (buffer.getInt(i) != 0x02014b50) {
        continue;
      }
      int nameLength = buffer.getShort(i + 28) & 0xFFFF;
      if (nameLength == target.length
          && Arrays.equals(copy, i + 46, i + 46 + nameLength, target, 0, target.length)) {
        buffer.putInt(i + 24, size);
        return copy;
      }
    }
    throw new IllegalArgumentException("no entry " + name);
  }
}
