package uk.warden.inspect.format.slides;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.CellBudget;
import uk.warden.inspect.format.ooxml.Failures;
import uk.warden.inspect.format.ooxml.NumberRanges;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.PackageScan;

/**
 * One presentation read slide by slide in show order: each slide's text and tables, its SmartArt,
 * its speaker notes and comments, then what every package can hide. Slide masters and layouts are
 * not read: they hold the template's prompt text, not the author's.
 */
final class Presentation {

  /** Notes-page placeholders that show the slide or page furniture, not the speaker's notes. */
  private static final Set<String> NOTES_FURNITURE = Set.of("sldImg", "sldNum", "hdr", "ftr", "dt");

  private final OoxmlPackage pkg;
  private final Location base;
  private final ContentSink sink;
  private final CellBudget cells;
  private String current = "[Content_Types].xml";

  Presentation(OoxmlPackage pkg, Location base, ContentSink sink) {
    this.pkg = pkg;
    this.base = base;
    this.sink = sink;
    this.cells = new CellBudget(pkg.limits());
  }

  void read() throws UnreadableException {
    try {
      readParts();
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw Failures.unreadable(current, e);
    }
  }

  private void readParts() throws IOException, XMLStreamException, UnreadableException {
    current = "_rels/.rels";
    @Nullable String presentation = pkg.mainPart();
    if (presentation == null) {
      presentation = pkg.has("ppt/presentation.xml") ? pkg.spelling("ppt/presentation.xml") : null;
    }
    if (presentation == null) {
      throw new UnreadableException(
          "the file is not a PowerPoint presentation: it has no presentation part");
    }
    current = presentation;
    SlideList slides = SlideList.read(pkg, presentation);
    if (slides.parts().size() > pkg.limits().maxPages()) {
      throw new UnreadableException(
          String.format(
              Locale.ROOT, "the presentation has more than %,d slides", pkg.limits().maxPages()));
    }
    for (int i = 0; i < slides.parts().size(); i++) {
      slide(i + 1, slides.parts().get(i), slides);
    }
    current = presentation;
    SlideComments.authors(pkg, presentation, base, sink);
    current = "the package";
    PackageScan.report(pkg, base, sink);
  }

  private void slide(int number, String part, SlideList slides)
      throws IOException, XMLStreamException, UnreadableException {
    current = part;
    Location at = base.part("slide " + number);
    boolean hidden = SlideReader.hidden(pkg, part);
    SlideReader reader =
        new SlideReader(
            pkg, part, at, slides.width(), slides.height(), hidden, sink, cells, frame -> true);
    reader.read();
    int diagramParagraphs = diagrams(part, at, reader);
    if (hidden) {
      int paragraphs = reader.paragraphsWithText() + diagramParagraphs;
      sink.structure(
          HiddenContent.HIDDEN_SLIDE,
          at,
          1,
          "slide "
              + number
              + " is hidden in the slide show; it holds "
              + (paragraphs == 1 ? "1 paragraph" : paragraphs + " paragraphs")
              + " of text");
    }
    if (!reader.hiddenShapes().isEmpty()) {
      int n = reader.hiddenShapes().size();
      sink.structure(
          HiddenContent.HIDDEN_TEXT,
          at.range(NumberRanges.label("shape", reader.hiddenShapes())),
          n,
          (n == 1 ? "1 shape hidden" : n + " shapes hidden")
              + " from view (selection pane) "
              + (n == 1 ? "holds" : "hold")
              + " text");
    }
    if (!reader.offSlideShapes().isEmpty()) {
      int n = reader.offSlideShapes().size();
      sink.structure(
          HiddenContent.HIDDEN_TEXT,
          at.range(NumberRanges.label("shape", reader.offSlideShapes())),
          n,
          (n == 1 ? "1 shape placed" : n + " shapes placed")
              + " outside the slide "
              + (n == 1 ? "holds" : "hold")
              + " text");
    }
    notes(part, at, slides);
    current = part;
    SlideComments.report(pkg, part, at, sink);
  }

  private int diagrams(String slide, Location at, SlideReader reader)
      throws IOException, XMLStreamException {
    int paragraphs = 0;
    for (SlideReader.Diagram diagram : reader.diagrams()) {
      for (var relationship : pkg.relationships(slide)) {
        if (relationship.id().equals(diagram.relationshipId())
            && !relationship.external()
            && pkg.has(relationship.target())) {
          current = pkg.spelling(relationship.target());
          String text = TextParts.text(pkg, current);
          if (!text.isEmpty()) {
            paragraphs += text.split("\n").length;
            sink.text(at.range("diagram in " + diagram.shape()), diagram.hiddenBy(), text);
          }
        }
      }
    }
    return paragraphs;
  }

  private void notes(String slide, Location at, SlideList slides)
      throws IOException, XMLStreamException, UnreadableException {
    String notes = pkg.target(slide, "notesSlide");
    if (notes == null) {
      return;
    }
    current = notes;
    NotesCollector text = new NotesCollector();
    new SlideReader(
            pkg,
            notes,
            at,
            slides.width(),
            slides.height(),
            false,
            text,
            cells,
            frame -> frame.placeholder == null || !NOTES_FURNITURE.contains(frame.placeholder))
        .read();
    String collected = text.text();
    if (!collected.isEmpty()) {
      int paragraphs = text.paragraphs();
      sink.text(at.range("speaker notes"), HiddenContent.SPEAKER_NOTES, collected);
      sink.structure(
          HiddenContent.SPEAKER_NOTES,
          at.range("speaker notes"),
          paragraphs,
          "speaker notes of "
              + (paragraphs == 1 ? "1 paragraph" : paragraphs + " paragraphs")
              + " ("
              + collected.length()
              + " characters)");
    }
  }
}
