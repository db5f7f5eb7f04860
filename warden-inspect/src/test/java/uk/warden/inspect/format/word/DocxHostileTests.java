package uk.warden.inspect.format.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.HostileZips;
import uk.warden.inspect.format.ooxml.OpcEdit;

/** Damaged and hostile Word files end in a clear refusal, quickly and in bounded memory. */
@Timeout(20)
class DocxHostileTests {

  private static final String CONTENT_TYPES =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
  private static final String DOCUMENT_START =
      "<w:document xmlns:w=\"" + Docx.W + "\"><w:body><w:p><w:r><w:t>";

  private static RecordingSink read(byte[] bytes, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new DocxReader().read(Source.of("hostile.docx", bytes, limits), sink);
    return sink;
  }

  private static RecordingSink read(byte[] bytes) throws UnreadableException {
    return read(bytes, Limits.defaults());
  }

  private static byte[] bomb() {
    return HostileZips.withRepetitivePart(
        CONTENT_TYPES, Map.of(), "word/document.xml", DOCUMENT_START, 50 << 20);
  }

  @Test
  void aZipBombIsRefusedFromItsCentralDirectory() {
    byte[] bomb = bomb();
    assertThat(bomb.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> read(bomb))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the archive entry word/document.xml expands more than 200× (a zip bomb?)");
  }

  @Test
  void aZipBombThatLiesAboutItsSizeIsRefusedWhileExpanding() {
    byte[] lying = HostileZips.lyingAboutSizes(bomb(), 1000);

    assertThatThrownBy(() -> read(lying))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the archive entry word/document.xml expands more than 200× (a zip bomb?)");
  }

  @Test
  void theTotalExpansionIsBounded() {
    Limits limits = new Limits(200L << 20, 1L << 20, 1e9, 10_000, 1000, 5, 100);
    byte[] big =
        HostileZips.withRepetitivePart(
            CONTENT_TYPES, Map.of(), "word/document.xml", DOCUMENT_START, 2 << 20);

    assertThatThrownBy(() -> read(big, limits))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the archive expands to more than 1 MB in all (a zip bomb?)");
  }

  @Test
  void tooManyEntriesAreRefused() {
    Limits limits = new Limits(200L << 20, 1L << 30, 200, 10, 1000, 5, 100);

    assertThatThrownBy(() -> read(HostileZips.manyEntries(50), limits))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the archive has more than 10 entries");
  }

  @Test
  void entityExpansionIsRefused() {
    String billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + DOCUMENT_START
            + "&lol3;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx =
        OpcEdit.rewriteEntry(
            Docx.build(document -> Docx.paragraph(document, "x")),
            "word/document.xml",
            xml -> billionLaughs);

    assertThatThrownBy(() -> read(docx))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the part word/document.xml declares a DTD, which Office never writes (an XML entity attack?)");
  }

  @Test
  void externalEntitiesAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + DOCUMENT_START
            + "&x;</w:t></w:r></w:p></w:body></w:document>";
    byte[] docx =
        OpcEdit.rewriteEntry(
            Docx.build(document -> Docx.paragraph(document, "x")), "word/document.xml", xml -> xxe);

    assertThatThrownBy(() -> read(docx))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("declares a DTD");
  }

  @Test
  void absurdNestingIsRefused() {
    String deep =
        "<w:document xmlns:w=\""
            + Docx.W
            + "\"><w:body>"
            + "<w:sdt><w:sdtContent>".repeat(3000)
            + "</w:sdtContent></w:sdt>".repeat(3000)
            + "</w:body></w:document>";
    byte[] docx =
        OpcEdit.rewriteEntry(
            Docx.build(document -> Docx.paragraph(document, "x")),
            "word/document.xml",
            xml -> deep);

    assertThatThrownBy(() -> read(docx))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the part word/document.xml nests its elements too deeply");
  }

  @Test
  void malformedXmlIsRefused() {
    byte[] docx =
        OpcEdit.rewriteEntry(
            Docx.build(document -> Docx.paragraph(document, "x")),
            "word/document.xml",
            xml -> DOCUMENT_START + "unclosed");

    assertThatThrownBy(() -> read(docx))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the part word/document.xml is not well-formed XML");
  }

  @Test
  void aTruncatedDocumentIsRefused() {
    byte[] docx = Docx.build(document -> Docx.paragraph(document, "Some text to cut."));

    assertThatThrownBy(() -> read(Arrays.copyOf(docx, docx.length / 2)))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the file is truncated or is not a zip archive: its central directory cannot be read");
  }

  @Test
  void aPackageWithoutADocumentIsRefused() {
    byte[] empty = HostileZips.manyEntries(1);

    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the file is not a Word document: it has no main document part");
  }

  @Test
  void aLegacyWordFileIsNotADocx() {
    assertThatThrownBy(() -> read(Docx.emptyOle2()))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the file is a Word 97-2003 document or another OLE2 file, not a .docx");
  }

  @Test
  void anEncryptedDocumentIsUninspectableNotUnreadable() throws Exception {
    byte[] plain = Docx.build(document -> Docx.paragraph(document, "Secret"));
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("Passw0rd!");
      try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(plain));
          OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      }
      fs.writeFilesystem(encrypted);
    }

    RecordingSink sink = read(encrypted.toByteArray());

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.UNINSPECTABLE);
              assertThat(s.location()).isEqualTo(Location.of("hostile.docx"));
            });
    assertThat(sink.texts).isEmpty();
  }

  @Test
  void tooManyTableCellsAreRefused() {
    Limits limits = new Limits(200L << 20, 1L << 30, 200, 10_000, 3, 5, 100);
    byte[] filled =
        Docx.build(
            document -> {
              var table = document.createTable(2, 2);
              for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                  table.getRow(r).getCell(c).setText("v" + r + c);
                }
              }
            });

    assertThatThrownBy(() -> read(filled, limits))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the file has more than 3 table cells");
  }
}
