package uk.warden.inspect.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.inspect.format.pdf.PdfFixtures.box;
import static uk.warden.inspect.format.pdf.PdfFixtures.onePage;
import static uk.warden.inspect.format.pdf.PdfFixtures.read;
import static uk.warden.inspect.format.pdf.PdfFixtures.text;
import static uk.warden.inspect.format.pdf.PdfFixtures.textAt;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.RecordingSink;

class PdfHiddenTextTests {

  private static final String SECRET = "John Smith PC 1234";

  @Test
  void textUnderABlackBoxDrawnAfterItIsAFailedRedaction() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 650, "Seen by:");
                  text(content, 72, 700, SECRET);
                  box(content, 0, 0, 0);
                }));

    List<RecordingSink.Structure> found = sink.structures(HiddenContent.PDF_TEXT_UNDER_BOX);
    assertThat(found).hasSize(1);
    RecordingSink.Structure box = found.get(0);
    assertThat(box.location())
        .isEqualTo(new Location("test.pdf", "page 1", "box at x 68–208, y 696–712 pt"));
    assertThat(box.count()).isEqualTo(SECRET.replace(" ", "").length());
    assertThat(box.detail())
        .isEqualTo(
            "15 characters of text lie under a black filled box painted over them; the text is"
                + " still in the file and can be copied out");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_TEXT_UNDER_BOX)).contains(SECRET);
    // Covered text is not also reported as visible.
    assertThat(textAt(sink, "page 1", null)).contains("Seen by:").doesNotContain("John");
  }

  @Test
  void aBoxDrawnBeforeTheTextIsABackgroundNotARedaction() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  box(content, 0.85f, 0.85f, 0.85f);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "page 1", null)).contains(SECRET);
  }

  @Test
  void blackTextDrawnOnABlackBoxIsAFailedRedactionToo() throws Exception {
    // The bar is painted first and the text on it in the same black: nobody can read it, and
    // x-ray counts it as a bad redaction just like a box painted on top.
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  box(content, 0, 0, 0);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_TEXT_UNDER_BOX);
    RecordingSink.Structure bar = sink.structures.get(0);
    assertThat(bar.location())
        .isEqualTo(new Location("test.pdf", "page 1", "box at x 68–208, y 696–712 pt"));
    assertThat(bar.detail())
        .isEqualTo(
            "15 characters of text lie on a black filled box, drawn in the box's own colour so"
                + " that the box hides them; the text is still in the file and can be copied out");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_TEXT_UNDER_BOX)).contains(SECRET);
  }

  @Test
  void whiteTextOnAWhiteBoxIsInvisibleRatherThanRedacted() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  box(content, 1f, 1f, 1f);
                  content.setNonStrokingColor(1f, 1f, 1f);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    assertThat(sink.structures.get(0).detail()).contains("white on white");
  }

  @Test
  void whiteTextOnABarePageIsInvisible() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 720, "Visible heading");
                  content.setNonStrokingColor(1f, 1f, 1f);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    assertThat(sink.structures.get(0).count()).isEqualTo(15);
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_INVISIBLE_TEXT)).contains(SECRET);
    assertThat(textAt(sink, "page 1", null)).contains("Visible heading").doesNotContain("Smith");
  }

  @Test
  void whiteTextOnADarkBoxIsVisible() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  box(content, 0.1f, 0.1f, 0.4f);
                  content.setNonStrokingColor(1f, 1f, 1f);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "page 1", null)).contains(SECRET);
  }

  @Test
  void renderMode3TextIsInvisible() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 720, "Visible heading");
                  content.setRenderingMode(RenderingMode.NEITHER);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    RecordingSink.Structure invisible = sink.structures.get(0);
    assertThat(invisible.location().part()).isEqualTo("page 1");
    assertThat(invisible.detail()).contains("render mode 3").doesNotContain("OCR");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_INVISIBLE_TEXT)).contains(SECRET);
  }

  @Test
  void invisibleTextOverAScannedPageIsReportedAsAnOcrLayer() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  PDRectangle size = page.getMediaBox();
                  content.drawImage(
                      PdfFixtures.greyImage(document), 0, 0, size.getWidth(), size.getHeight());
                  content.setRenderingMode(RenderingMode.NEITHER);
                  text(content, 72, 700, SECRET);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    assertThat(sink.structures.get(0).detail()).contains("OCR");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_INVISIBLE_TEXT)).contains(SECRET);
  }

  @Test
  void textBeneathAPageImageIsAnOcrLayer() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  PDRectangle size = page.getMediaBox();
                  content.drawImage(
                      PdfFixtures.greyImage(document), 0, 0, size.getWidth(), size.getHeight());
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    assertThat(sink.structures.get(0).detail())
        .isEqualTo("15 characters of text drawn beneath a scanned page image (an OCR layer)");
  }

  @Test
  void textUnderASmallImageIsCoveredByIt() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  content.drawImage(PdfFixtures.greyImage(document), 66, 690, 150, 30);
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_TEXT_UNDER_BOX);
    RecordingSink.Structure covered = sink.structures.get(0);
    assertThat(covered.location().range())
        .matches("image object \\d+ 0 R at x 66–216, y 690–720 pt");
    assertThat(covered.detail())
        .startsWith("15 characters of text lie under an image painted over");
  }

  @Test
  void aPageThatIsOnlyAnImageCannotBeChecked() throws Exception {
    byte[] pdf =
        PdfFixtures.document(
            document -> {
              PdfFixtures.addPage(document, (d, p, content) -> text(content, 72, 700, "Cover"));
              PdfFixtures.addPage(
                  document,
                  (d, page, content) -> {
                    PDRectangle size = page.getMediaBox();
                    content.drawImage(
                        PdfFixtures.greyImage(d),
                        20,
                        20,
                        size.getWidth() - 40,
                        size.getHeight() - 40);
                  });
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.UNINSPECTABLE);
    RecordingSink.Structure image = sink.structures.get(0);
    assertThat(image.location()).isEqualTo(new Location("test.pdf", "page 2", null));
    assertThat(image.detail())
        .isEqualTo("page 2 is an image with no text layer; it cannot be checked for personal data");
  }

  @Test
  void aSmallImageOnAPageWithoutTextIsNotAScan() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) ->
                    content.drawImage(PdfFixtures.greyImage(document), 72, 700, 60, 80)));

    assertThat(sink.structures).isEmpty();
  }

  @Test
  void textInALayerSwitchedOffIsHidden() throws Exception {
    byte[] pdf =
        PdfFixtures.document(
            document -> {
              PDOptionalContentProperties layers = new PDOptionalContentProperties();
              document.getDocumentCatalog().setOCProperties(layers);
              PDOptionalContentGroup notes = new PDOptionalContentGroup("Officer notes");
              layers.addGroup(notes);
              layers.setGroupEnabled(notes, false);
              PDOptionalContentGroup shown = new PDOptionalContentGroup("Body");
              layers.addGroup(shown);
              PdfFixtures.addPage(
                  document,
                  (d, page, content) -> {
                    content.beginMarkedContent(COSName.OC, shown);
                    text(content, 72, 720, "Public summary");
                    content.endMarkedContent();
                    content.beginMarkedContent(COSName.OC, notes);
                    text(content, 72, 700, SECRET);
                    content.endMarkedContent();
                  });
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_HIDDEN_LAYER);
    RecordingSink.Structure layer = sink.structures.get(0);
    assertThat(layer.location())
        .isEqualTo(new Location("test.pdf", "page 1", "layer 'Officer notes'"));
    assertThat(layer.count()).isEqualTo(15);
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_HIDDEN_LAYER)).contains(SECRET);
    assertThat(textAt(sink, "page 1", null)).contains("Public summary").doesNotContain("Smith");
  }

  @Test
  void anEmptyLayerSwitchedOffIsStillReported() throws Exception {
    byte[] pdf =
        PdfFixtures.document(
            document -> {
              PDOptionalContentProperties layers = new PDOptionalContentProperties();
              document.getDocumentCatalog().setOCProperties(layers);
              PDOptionalContentGroup photos = new PDOptionalContentGroup("Photos");
              layers.addGroup(photos);
              layers.setGroupEnabled(photos, false);
              PdfFixtures.addPage(document, (d, page, content) -> text(content, 72, 700, "Body"));
            });

    RecordingSink sink = read(pdf);

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_HIDDEN_LAYER);
    assertThat(sink.structures.get(0).location().part()).isEqualTo("layers");
    assertThat(sink.structures.get(0).location().range()).startsWith("layer 'Photos', object ");
    assertThat(sink.structures.get(0).count()).isZero();
  }

  @Test
  void textUnderAnUnappliedRedactAnnotationIsCovered() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  COSDictionary redact = new COSDictionary();
                  redact.setItem(COSName.TYPE, COSName.ANNOT);
                  redact.setItem(COSName.SUBTYPE, COSName.getPDFName("Redact"));
                  redact.setItem(COSName.RECT, new PDRectangle(68, 696, 140, 16).getCOSArray());
                  page.getAnnotations().add(PDAnnotation.createAnnotation(redact));
                }));

    RecordingSink.Structure covered = sink.structures(HiddenContent.PDF_TEXT_UNDER_BOX).get(0);
    assertThat(covered.location().part()).isEqualTo("page 1");
    assertThat(covered.location().range()).startsWith("Redact annotation, object ");
    assertThat(covered.detail()).contains("never applied");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_TEXT_UNDER_BOX)).contains(SECRET);
    RecordingSink.Structure annotation = sink.structures(HiddenContent.PDF_ANNOTATIONS).get(0);
    assertThat(annotation.location()).isEqualTo(covered.location());
    assertThat(annotation.detail()).contains("never applied");
  }

  @Test
  void textUnderABlackSquareAnnotationIsCovered() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  COSDictionary square = new COSDictionary();
                  square.setItem(COSName.TYPE, COSName.ANNOT);
                  square.setItem(COSName.SUBTYPE, COSName.getPDFName("Square"));
                  square.setItem(COSName.RECT, new PDRectangle(68, 696, 140, 16).getCOSArray());
                  COSArray black = new COSArray();
                  black.add(new COSFloat(0));
                  square.setItem(COSName.getPDFName("IC"), black);
                  page.getAnnotations().add(PDAnnotation.createAnnotation(square));
                }));

    RecordingSink.Structure covered = sink.structures(HiddenContent.PDF_TEXT_UNDER_BOX).get(0);
    assertThat(covered.location().range()).startsWith("Square annotation, object ");
    assertThat(covered.detail()).contains("black filled Square annotation");
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_TEXT_UNDER_BOX)).contains(SECRET);
  }

  @Test
  void aThickBlackLineOverTextCoversIt() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  content.setLineWidth(14);
                  content.moveTo(68, 704);
                  content.lineTo(210, 704);
                  content.stroke();
                }));

    RecordingSink.Structure covered = sink.structures(HiddenContent.PDF_TEXT_UNDER_BOX).get(0);
    assertThat(covered.location().range()).startsWith("line at ");
    assertThat(covered.detail()).contains("thick black line");
  }

  @Test
  void aHalfTransparentBoxOverTextHidesNothing() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 700, SECRET);
                  PDExtendedGraphicsState half = new PDExtendedGraphicsState();
                  half.setNonStrokingAlphaConstant(0.4f);
                  content.setGraphicsStateParameters(half);
                  box(content, 1f, 1f, 0f);
                }));

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "page 1", null)).contains(SECRET);
  }

  @Test
  void textOutsideThePageAndTinyTextAreInvisible() throws Exception {
    RecordingSink sink =
        read(
            onePage(
                (document, page, content) -> {
                  text(content, 72, 720, "Visible heading");
                  text(content, 72, 1_200, SECRET);
                  content.beginText();
                  content.setFont(PdfFixtures.HELVETICA, 0.3f);
                  content.newLineAtOffset(72, 600);
                  content.showText("Jane Doe 07700 900123");
                  content.endText();
                }));

    assertThat(sink.codes()).containsExactly(HiddenContent.PDF_INVISIBLE_TEXT);
    assertThat(sink.structures)
        .extracting(RecordingSink.Structure::detail)
        .anySatisfy(d -> assertThat(d).contains("outside the visible page"))
        .anySatisfy(d -> assertThat(d).contains("smaller than 1 point"));
    assertThat(textAt(sink, "page 1", HiddenContent.PDF_INVISIBLE_TEXT))
        .contains(SECRET)
        .contains("Jane Doe");
  }

  @Test
  void type3GlyphsAreMeasuredInTheirOwnUnits() throws Exception {
    // A 0.5 pt font size whose font matrix draws each glyph 7 pt high: readable, not tiny.
    RawPdf raw = new RawPdf();
    int catalog = raw.add("<< /Type /Catalog /Pages 2 0 R >>");
    raw.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    raw.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /T3 5 0 R >> >> >>");
    raw.stream("", "BT /T3 0.5 Tf 72 700 Td (abba) Tj ET");
    raw.add(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.02 0 0 0.02 0 0]"
            + " /CharProcs << /a 6 0 R /b 6 0 R >> /Encoding << /Type /Encoding"
            + " /Differences [97 /a /b] >> /FirstChar 97 /LastChar 98 /Widths [500 500]"
            + " /Resources << >> >>");
    raw.stream("", "500 0 0 0 500 700 d1 0 0 500 700 re f");

    RecordingSink sink = read(raw.build(catalog));

    assertThat(sink.structures).isEmpty();
    assertThat(textAt(sink, "page 1", null)).contains("abba");
  }
}
