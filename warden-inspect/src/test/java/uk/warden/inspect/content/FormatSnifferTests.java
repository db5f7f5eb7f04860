package uk.warden.inspect.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTests {

  private static Format sniff(byte[] bytes) throws UnreadableException {
    // Names are deliberately misleading: content decides.
    return FormatSniffer.sniff(Source.of("renamed.txt", bytes, Limits.defaults()));
  }

  private static Format sniff(String text) throws UnreadableException {
    return sniff(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void workbooksAreRecognisedWhateverTheirName() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Summary");
      book.write(xlsx);
    }
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook book = new HSSFWorkbook()) {
      book.createSheet("Summary");
      book.write(xls);
    }

    assertThat(sniff(xlsx.toByteArray())).isEqualTo(Format.XLSX);
    assertThat(sniff(xls.toByteArray())).isEqualTo(Format.XLS);
  }

  @Test
  void aStreamedWorkbookWithSizesAfterItsDataIsStillAWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (org.apache.poi.xssf.streaming.SXSSFWorkbook book =
        new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
      book.createSheet("Big").createRow(0).createCell(0).setCellValue("Rank");
      book.write(out);
    }

    assertThat(sniff(out.toByteArray())).isEqualTo(Format.XLSX);
  }

  @Test
  void officePackagesAreToldApartByTheirParts() throws Exception {
    assertThat(sniff(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(Format.DOCX);
    assertThat(sniff(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEqualTo(Format.PPTX);
    assertThat(sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")))
        .isEqualTo(Format.XLSM);
    assertThat(sniff(zip("readme.txt"))).isEqualTo(Format.UNKNOWN);
  }

  @Test
  void anOpenDocumentSpreadsheetIsKnownByItsMimetypeEntry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
    }
    assertThat(sniff(out.toByteArray())).isEqualTo(Format.ODS);
  }

  @Test
  void imagesAndPdfsByMagicNumbers() throws Exception {
    assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0}))
        .isEqualTo(Format.JPEG);
    assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
        .isEqualTo(Format.PNG);
    assertThat(sniff("%PDF-1.7\n%âãÏÓ\n")).isEqualTo(Format.PDF);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rank,Headcount\\nConstable,4000\\nSergeant,900\\n|CSV",
        "Rank;Headcount\\nConstable;4000\\nSergeant;900\\n|CSV",
        "Rank\\tHeadcount\\nConstable\\t4000\\nSergeant\\t900\\n|TSV",
        "Name,Note\\n\"Smith, J\",\"two\\nlines\"\\nJones,one\\n|CSV",
        "Dear requester,\\nthank you for your request.\\n|TEXT",
        "From: foi@force.police.uk\\nTo: requester@example.org\\nSubject: FOI 1234\\n\\nHello|EML"
      })
  void textFormatsFromTheirShape(String text, Format expected) throws Exception {
    assertThat(sniff(text.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(expected);
  }

  @Test
  void binaryGarbageIsUnknownAndATruncatedZipIsUnreadable() {
    assertThat(catchFormat(new byte[] {0, 1, 2, 3, 0, 5})).isEqualTo(Format.UNKNOWN);
    assertThatThrownBy(() -> sniff(new byte[] {'P', 'K', 3, 4, 20, 0}))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("zip");
  }

  private static Format catchFormat(byte[] bytes) {
    try {
      return sniff(bytes);
    } catch (UnreadableException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write('x');
      }
    }
    return out.toByteArray();
  }
}
