package uk.warden.inspect.format.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.RecordingSink;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** Builds test PDFs with PDFBox and reads them back through the reader. */
final class PdfFixtures {

  static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** Draws on one page. */
  @FunctionalInterface
  interface Drawing {
    void draw(PDDocument document, PDPage page, PDPageContentStream content) throws IOException;
  }

  /** Changes a document before it is saved. */
  @FunctionalInterface
  interface Change {
    void apply(PDDocument document) throws IOException;
  }

  private PdfFixtures() {}

  static byte[] onePage(Drawing drawing) {
    return document(document -> addPage(document, drawing));
  }

  static byte[] document(Change change) {
    try (PDDocument document = new PDDocument()) {
      change.apply(document);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PDPage addPage(PDDocument document, Drawing drawing) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      drawing.draw(document, page, content);
    }
    return page;
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
    content.beginText();
    content.setFont(HELVETICA, 12);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  static void box(PDPageContentStream content, float r, float g, float b) throws IOException {
    content.setNonStrokingColor(r, g, b);
    content.addRect(68, 696, 140, 16);
    content.fill();
    content.setNonStrokingColor(0f, 0f, 0f);
  }

  static PDImageXObject greyImage(PDDocument document) throws IOException {
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 60; x++) {
      for (int y = 0; y < 80; y++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 3) << 8 | 0x80);
      }
    }
    return LosslessFactory.createFromImage(document, image);
  }

  static RecordingSink read(byte[] pdf) throws UnreadableException {
    return read(pdf, Limits.defaults());
  }

  static RecordingSink read(byte[] pdf, Limits limits) throws UnreadableException {
    RecordingSink sink = new RecordingSink();
    new PdfReader().read(Source.of("test.pdf", pdf, limits), sink);
    return sink;
  }

  /** The text handed over at a location part (e.g. "page 1") with the given reason. */
  static String textAt(
      RecordingSink sink, String part, uk.warden.inspect.content.HiddenContent by) {
    StringBuilder text = new StringBuilder();
    for (RecordingSink.Text t : sink.texts) {
      if (part.equals(t.location().part()) && t.hiddenBy() == by) {
        text.append(t.text()).append('\n');
      }
    }
    return text.toString();
  }
}
