package uk.warden.inspect.format.word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.CellBudget;
import uk.warden.inspect.format.ooxml.Failures;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.PackageScan;
import uk.warden.inspect.format.ooxml.PartNames;

/**
 * One Word package read part by part: the body first (it holds the comment anchors and the page
 * colour), then headers and footers, notes, comments and settings, then what every package can
 * hide. The part being read is remembered so a failure names it.
 */
final class WordDocument {

  private final OoxmlPackage pkg;
  private final Location base;
  private final ContentSink sink;
  private final CellBudget cells;
  private String current = "[Content_Types].xml";

  WordDocument(OoxmlPackage pkg, Location base, ContentSink sink) {
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
    @Nullable String main = pkg.mainPart();
    if (main == null) {
      main = pkg.has("word/document.xml") ? pkg.spelling("word/document.xml") : null;
    }
    if (main == null) {
      throw new UnreadableException(
          "the file is not a Word document: it has no main document part");
    }
    WordStyles styles = WordStyles.none();
    String stylesPart = pkg.target(main, "styles");
    if (stylesPart != null) {
      current = stylesPart;
      styles = WordStyles.read(pkg, stylesPart);
    }

    current = main;
    StoryResult body = story(main, null, styles, true, part -> null);

    for (String kind : new String[] {"header", "footer"}) {
      for (String part : pkg.targets(main, kind)) {
        current = part;
        StoryResult result = story(part, null, styles, body.pageWhite(), reader -> null);
        if (result.paragraphsWithText() > 0) {
          sink.structure(
              HiddenContent.HEADER_FOOTER,
              base.part(part),
              result.paragraphsWithText(),
              "a " + kind + " with " + paragraphs(result.paragraphsWithText()) + " of text");
        }
      }
    }
    for (String kind : new String[] {"footnotes", "endnotes"}) {
      for (String part : pkg.targets(main, kind)) {
        current = part;
        story(part, null, styles, body.pageWhite(), new WordNotes());
      }
    }
    comments(main, styles, body.commentAnchors());
    importedDocuments(main);
    String settings = pkg.target(main, "settings");
    if (settings != null) {
      current = settings;
      DocumentVariables.report(pkg, settings, base, sink);
    }
    current = "the package";
    PackageScan.report(pkg, base, sink);
  }

  /**
   * Documents imported whole (w:altChunk: HTML, RTF or another .docx) live outside the body XML and
   * outside the embeddings folder; Word shows their content as body text, so they are handed on.
   */
  private void importedDocuments(String main)
      throws IOException, XMLStreamException, UnreadableException {
    for (String part : pkg.targets(main, "aFChunk")) {
      current = part;
      byte[] content = pkg.read(part, pkg.limits().maxFileBytes());
      if (content == null) {
        throw new UnreadableException(
            "the imported document " + part + " is larger than the file size limit");
      }
      sink.structure(
          HiddenContent.EMBEDDED_OBJECT,
          base.part(part),
          1,
          "an imported document (altChunk) whose content Word shows in the body");
      sink.nested(base.part(part), PartNames.fileName(part), content);
    }
  }

  private void comments(String main, WordStyles styles, Map<String, Integer> anchors)
      throws IOException, XMLStreamException, UnreadableException {
    List<String> parts = new ArrayList<>(pkg.targets(main, "comments"));
    String extended = pkg.target(main, "commentsExtended");
    String people = pkg.target(main, "people");
    for (String part : parts) {
      current = part;
      WordComments comments = new WordComments(anchors);
      story(part, HiddenContent.COMMENTS, styles, false, comments);
      comments.report(pkg, extended, people, base, part, sink);
      people = null; // the reviewers are listed once
    }
    if (parts.isEmpty() && people != null) {
      current = people;
      new WordComments(anchors).report(pkg, null, people, base, people, sink);
    }
  }

  private StoryResult story(
      String part,
      @Nullable HiddenContent baseHidden,
      WordStyles styles,
      boolean pageWhite,
      StoryReader.Containers containers)
      throws IOException, XMLStreamException, UnreadableException {
    return new StoryReader(pkg, part, base, baseHidden, styles, pageWhite, sink, cells, containers)
        .read();
  }

  private static String paragraphs(int n) {
    return n == 1 ? "1 paragraph" : n + " paragraphs";
  }
}
