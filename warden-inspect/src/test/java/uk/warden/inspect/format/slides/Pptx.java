package uk.warden.inspect.format.slides;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Presentations built for the tests with POI's XSLF, edited as raw XML where it has no API. */
final class Pptx {

  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  private Pptx() {}

  static byte[] build(Consumer<XMLSlideShow> content) {
    try (XMLSlideShow show = new XMLSlideShow()) {
      content.accept(show);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      show.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XSLFTextBox textBox(XSLFSlide slide, String text, double x, double y) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(new Rectangle2D.Double(x, y, 300, 50));
    box.setText(text);
    return box;
  }

  static void notes(XMLSlideShow show, XSLFSlide slide, String text) {
    XSLFNotes notes = show.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
      }
    }
  }
}
