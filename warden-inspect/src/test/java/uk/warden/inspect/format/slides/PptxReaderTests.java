package uk.warden.inspect.format.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.warden.inspect.format.slides.Pptx.REL;

import java.util.Arrays;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.TestImages;
import uk.warden.inspect.format.ooxml.OpcEdit;

class PptxReaderTests {

  private static final String FILE = "briefing.pptx";

  static RecordingSink read(byte[] pptx) throws UnreadableException {
    return read(pptx, Limits.defaults());
  }

  static RecordingSink read(byte[] pptx, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new PptxReader().read(Source.of(FILE, pptx, limits), sink);
    return sink;
  }

  private static Location slide(int number, String range) {
    return new Location(FILE, "slide " + number, range);
  }

  @Test
  void aCleanPresentationHasTextAndTablesButNoFindings() throws Exception {
    byte[] pptx =
        Pptx.build(
            show -> {
              XSLFSlide first = show.createSlide();
              Pptx.textBox(first, "Quarterly figures", 50, 50);
              XSLFTable table = first.createTable();
              table.setAnchor(new java.awt.geom.Rectangle2D.Double(50, 150, 400, 100));
              XSLFTableRow header = table.addRow();
              header.addCell().setText("Month");
              header.addCell().setText("Burglaries");
              XSLFTableRow row = table.addRow();
              row.addCell().setText("May");
              row.addCell().setText("37");
              Pptx.textBox(show.createSlide(), "Questions?", 50, 50);
            });

    RecordingSink sink = read(pptx);

    assertThat(sink.structures).isEmpty();
    assertThat(sink.texts)
        .extracting(
            RecordingSink.Text::location, RecordingSink.Text::hiddenBy, RecordingSink.Text::text)
        .containsExactly(
            tuple(slide(1, "shape 2"), null, "Quarterly figures"),
            tuple(slide(2, "shape 2"), null, "Questions?"));
    assertThat(sink.tables)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.location()).isEqualTo(slide(1, "table 1 (shape 3)"));
              assertThat(t.hiddenBy()).isNull();
              assertThat(t.cells())
                  .containsExactly(
                      new RecordingSink.Cell(0, 0, "Month", null),
                      new RecordingSink.Cell(0, 1, "Burglaries", null),
                      new RecordingSink.Cell(1, 0, "May", null),
                      new RecordingSink.Cell(1, 1, "37", null));
            });
  }

  @Test
  void aHiddenSlideAndItsTextAreReported() throws Exception {
    byte[] pptx =
        Pptx.build(
            show -> {
              Pptx.textBox(show.createSlide(), "Public slide", 50, 50);
              Pptx.textBox(show.createSlide(), "Informant: Lee Dunn", 50, 50);
            });
    try (OpcEdit edit = OpcEdit.of(pptx)) {
      pptx =
          edit.xml("ppt/slides/slide2.xml", xml -> xml.replace("<p:sld ", "<p:sld show=\"0\" "))
              .bytes();
    }

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.HIDDEN_SLIDE);
              assertThat(s.location()).isEqualTo(slide(2, null));
              assertThat(s.detail())
                  .isEqualTo("slide 2 is hidden in the slide show; it holds 1 paragraph of text");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(slide(1, "shape 2"), null, "Public slide"),
            new RecordingSink.Text(
                slide(2, "shape 2"), HiddenContent.HIDDEN_SLIDE, "Informant: Lee Dunn"));
  }

  @Test
  void speakerNotesAreReported() throws Exception {
    byte[] pptx =
        Pptx.build(
            show -> {
              XSLFSlide first = show.createSlide();
              Pptx.textBox(first, "Operation update", 50, 50);
              Pptx.notes(
                  show, first, "Say the suspect lives at 12 Mill Lane\nDo not mention the CHIS");
            });

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.SPEAKER_NOTES);
              assertThat(s.location()).isEqualTo(slide(1, "speaker notes"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail()).isEqualTo("speaker notes of 2 paragraphs (61 characters)");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                slide(1, "speaker notes"),
                HiddenContent.SPEAKER_NOTES,
                "Say the suspect lives at 12 Mill Lane\nDo not mention the CHIS"));
  }

  @Test
  void hiddenAndOffSlideShapesAreHiddenText() throws Exception {
    byte[] pptx =
        Pptx.build(
            show -> {
              XSLFSlide first = show.createSlide();
              Pptx.textBox(first, "Visible", 50, 50);
              Pptx.textBox(first, "HIDE-ME victim list", 50, 150);
              Pptx.textBox(first, "Parked off the slide: Sgt Cole", -600, 100);
            });
    try (OpcEdit edit = OpcEdit.of(pptx)) {
      pptx =
          edit.xml(
                  "ppt/slides/slide1.xml",
                  xml ->
                      xml.replace(
                          "<p:cNvPr name=\"TextBox 3\" id=\"3\"",
                          "<p:cNvPr name=\"TextBox 3\" id=\"3\" hidden=\"1\""))
              .bytes();
    }

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .extracting(
            RecordingSink.Structure::code,
            RecordingSink.Structure::location,
            RecordingSink.Structure::detail)
        .containsExactly(
            tuple(
                HiddenContent.HIDDEN_TEXT,
                slide(1, "shape 3"),
                "1 shape hidden from view (selection pane) holds text"),
            tuple(
                HiddenContent.HIDDEN_TEXT,
                slide(1, "shape 4"),
                "1 shape placed outside the slide holds text"));
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(slide(1, "shape 2"), null, "Visible"),
            new RecordingSink.Text(
                slide(1, "shape 3"), HiddenContent.HIDDEN_TEXT, "HIDE-ME victim list"),
            new RecordingSink.Text(
                slide(1, "shape 4"), HiddenContent.HIDDEN_TEXT, "Parked off the slide: Sgt Cole"));
  }

  @Test
  void legacyCommentsAndTheirAuthorsAreReported() throws Exception {
    String authors =
        "<p:cmAuthorLst xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
            + "<p:cmAuthor id=\"0\" name=\"Priya Shah\" initials=\"PS\" lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>";
    String comments =
        "<p:cmLst xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">"
            + "<p:cm authorId=\"0\" idx=\"1\"><p:pos x=\"10\" y=\"10\"/>"
            + "<p:text>Remove the address before release</p:text></p:cm></p:cmLst>";
    byte[] pptx = Pptx.build(show -> Pptx.textBox(show.createSlide(), "Slide", 50, 50));
    try (OpcEdit edit = OpcEdit.of(pptx)) {
      pptx =
          edit.add(
                  "ppt/commentAuthors.xml",
                  "application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml",
                  authors,
                  "ppt/presentation.xml",
                  REL + "commentAuthors",
                  "rId90")
              .add(
                  "ppt/comments/comment1.xml",
                  "application/vnd.openxmlformats-officedocument.presentationml.comments+xml",
                  comments,
                  "ppt/slides/slide1.xml",
                  REL + "comments",
                  "rId91")
              .bytes();
    }

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.COMMENTS);
              assertThat(s.location()).isEqualTo(slide(1, "comments"));
              assertThat(s.count()).isEqualTo(1);
              assertThat(s.detail()).isEqualTo("1 comment");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                slide(1, "comments"), HiddenContent.COMMENTS, "Remove the address before release"),
            new RecordingSink.Text(
                new Location(FILE, "ppt/commentAuthors.xml", null),
                HiddenContent.COMMENTS,
                "Priya Shah; PS"));
  }

  @Test
  void modernCommentsWithRepliesAreReported() throws Exception {
    String ns = "http://schemas.microsoft.com/office/powerpoint/2018/8/main";
    String authors =
        "<p188:authorLst xmlns:p188=\""
            + ns
            + "\"><p188:author id=\"{A1}\" name=\"Tom Baird\""
            + " initials=\"TB\" userId=\"tom.baird@force.police.uk\" providerId=\"AD\"/></p188:authorLst>";
    String comments =
        "<p188:cmLst xmlns:p188=\""
            + ns
            + "\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<p188:cm id=\"{C1}\" authorId=\"{A1}\"><p188:txBody><a:bodyPr/><a:p><a:r><a:t>Is this the right victim?</a:t>"
            + "</a:r></a:p></p188:txBody><p188:replyLst><p188:reply id=\"{R1}\" authorId=\"{A1}\"><p188:txBody>"
            + "<a:bodyPr/><a:p><a:r><a:t>Yes, checked</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst>"
            + "</p188:cm></p188:cmLst>";
    byte[] pptx = Pptx.build(show -> Pptx.textBox(show.createSlide(), "Slide", 50, 50));
    try (OpcEdit edit = OpcEdit.of(pptx)) {
      pptx =
          edit.add(
                  "ppt/authors.xml",
                  "application/vnd.ms-powerpoint.authors+xml",
                  authors,
                  "ppt/presentation.xml",
                  "http://schemas.microsoft.com/office/2018/10/relationships/authors",
                  "rId90")
              .add(
                  "ppt/comments/modernComment_100_0.xml",
                  "application/vnd.ms-powerpoint.comments+xml",
                  comments,
                  "ppt/slides/slide1.xml",
                  "http://schemas.microsoft.com/office/2018/10/relationships/comments",
                  "rId91")
              .bytes();
    }

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo(HiddenContent.COMMENTS);
              assertThat(s.location()).isEqualTo(slide(1, "comments"));
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.detail()).isEqualTo("1 comment and 1 reply");
            });
    assertThat(sink.texts)
        .contains(
            new RecordingSink.Text(
                slide(1, "comments"), HiddenContent.COMMENTS, "Is this the right victim?"),
            new RecordingSink.Text(slide(1, "comments"), HiddenContent.COMMENTS, "Yes, checked"),
            new RecordingSink.Text(
                new Location(FILE, "ppt/authors.xml", null),
                HiddenContent.COMMENTS,
                "Tom Baird; TB; tom.baird@force.police.uk"));
  }

  @Test
  void packageFindingsAreSharedWithWord() throws Exception {
    byte[] pptx =
        Pptx.build(
            show -> {
              XSLFSlide first = show.createSlide();
              Pptx.textBox(first, "Scene", 50, 50);
              first.createPicture(
                  show.addPicture(
                      TestImages.jpegWithGps("DC Amy Fox"), PictureData.PictureType.JPEG));
              show.getProperties().getCoreProperties().setCreator("Amy Fox");
            });
    try (OpcEdit edit = OpcEdit.of(pptx)) {
      pptx =
          edit.external(
                  "ppt/slides/slide1.xml",
                  REL + "hyperlink",
                  "file:///H:/Cases/2024/fox.docx",
                  "rId77")
              .add(
                  "ppt/vbaProject.bin",
                  "application/vnd.ms-office.vbaProject",
                  new byte[] {1, 2, 3},
                  "ppt/presentation.xml",
                  "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                  "rId78")
              .add(
                  "ppt/embeddings/Microsoft_Word_Document.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  new byte[] {'P', 'K', 3, 4},
                  "ppt/slides/slide1.xml",
                  REL + "package",
                  "rId79")
              .bytes();
    }

    RecordingSink sink = read(pptx);

    assertThat(sink.structures)
        .extracting(RecordingSink.Structure::code, RecordingSink.Structure::location)
        .containsExactlyInAnyOrder(
            tuple(HiddenContent.DOCUMENT_PROPERTIES, new Location(FILE, "docProps/core.xml", null)),
            tuple(
                HiddenContent.EXTERNAL_LINK, new Location(FILE, "ppt/slides/slide1.xml", "rId77")),
            tuple(HiddenContent.MACROS, new Location(FILE, "ppt/vbaProject.bin", null)),
            tuple(
                HiddenContent.EMBEDDED_OBJECT,
                new Location(FILE, "ppt/embeddings/Microsoft_Word_Document.docx", null)),
            tuple(
                HiddenContent.IMAGE_METADATA, new Location(FILE, "ppt/media/image1.jpeg", "EXIF")));
    assertThat(sink.nested)
        .extracting(RecordingSink.Nested::name)
        .containsExactly("Microsoft_Word_Document.docx");
  }

  @Test
  void anEncryptedPresentationIsUninspectable() throws Exception {
    byte[] plain = Pptx.build(show -> Pptx.textBox(show.createSlide(), "Secret", 50, 50));
    java.io.ByteArrayOutputStream encrypted = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var encryptor =
          new org.apache.poi.poifs.crypt.EncryptionInfo(
                  org.apache.poi.poifs.crypt.EncryptionMode.agile)
              .getEncryptor();
      encryptor.confirmPassword("Passw0rd!");
      try (var opc =
              org.apache.poi.openxml4j.opc.OPCPackage.open(
                  new java.io.ByteArrayInputStream(plain));
          var out = encryptor.getDataStream(fs)) {
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
              assertThat(s.location()).isEqualTo(Location.of(FILE));
            });
  }

  @Test
  void tooManySlidesAreRefused() {
    byte[] pptx =
        Pptx.build(
            show -> {
              for (int i = 0; i < 3; i++) {
                show.createSlide();
              }
            });
    Limits twoSlides = new Limits(200L << 20, 1L << 30, 200, 10_000, 1000, 5, 2);

    assertThatThrownBy(() -> read(pptx, twoSlides))
        .isInstanceOf(UnreadableException.class)
        .hasMessage("the presentation has more than 2 slides");
  }

  @Test
  void aTruncatedPresentationIsRefused() {
    byte[] pptx = Pptx.build(show -> Pptx.textBox(show.createSlide(), "x", 50, 50));

    assertThatThrownBy(() -> read(Arrays.copyOf(pptx, pptx.length - 100)))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aSlideWithADtdIsRefused() {
    byte[] pptx = Pptx.build(show -> Pptx.textBox(show.createSlide(), "x", 50, 50));
    byte[] hostile =
        OpcEdit.rewriteEntry(
            pptx,
            "ppt/slides/slide1.xml",
            xml -> xml.replaceFirst("<p:sld ", "<!DOCTYPE p:sld [<!ENTITY a \"aaaa\">]><p:sld "));

    assertThatThrownBy(() -> read(hostile))
        .isInstanceOf(UnreadableException.class)
        .hasMessage(
            "the part ppt/slides/slide1.xml declares a DTD, which Office never writes (an XML entity attack?)");
  }
}
