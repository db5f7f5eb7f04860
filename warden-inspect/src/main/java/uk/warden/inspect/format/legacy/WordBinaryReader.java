package uk.warden.inspect.format.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads a Word 97-2003 document run by run, so deleted revisions and hidden text are told apart
 * from what a reader sees; then its comments, headers and footers, properties, macros and embedded
 * objects.
 */
public final class WordBinaryReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOC);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Location file = source.location();
    try (POIFSFileSystem fs = open(source)) {
      HWPFDocument doc;
      try {
        doc = new HWPFDocument(fs.getRoot());
      } catch (EncryptedDocumentException e) {
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            file,
            1,
            "the document is encrypted with a password; remove it and inspect again");
        return;
      }
      body(doc.getRange(), file.part("document"), sink);
      story(doc.getFootnoteRange(), file.part("footnotes"), null, sink);
      story(doc.getEndnoteRange(), file.part("endnotes"), null, sink);
      comments(doc.getCommentsRange(), file.part("comments"), sink);
      headers(doc.getHeaderStoryRange(), file.part("headers and footers"), sink);
      properties(doc.getSummaryInformation(), doc.getDocumentSummaryInformation(), file, sink);
      containers(fs.getRoot(), file, sink);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("the Word 97-2003 document is damaged or truncated", e);
    }
  }

  private static POIFSFileSystem open(Source source) throws IOException {
    if (source.path() != null) {
      return new POIFSFileSystem(source.path().toFile(), true);
    }
    try (InputStream in = source.open()) {
      return new POIFSFileSystem(in);
    }
  }

  /** The main text, run by run: deleted revisions and hidden runs are reported apart. */
  private static void body(Range range, Location location, ContentSink sink) {
    StringBuilder visible = new StringBuilder();
    StringBuilder deleted = new StringBuilder();
    StringBuilder hidden = new StringBuilder();
    long deletions = 0;
    long insertions = 0;
    long hiddenRuns = 0;
    for (int i = 0; i < range.numCharacterRuns(); i++) {
      CharacterRun run = range.getCharacterRun(i);
      String text = run.text();
      if (run.isMarkedDeleted()) {
        deletions++;
        deleted.append(text).append(' ');
      } else if (run.isVanished() || run.isFldVanished()) {
        if (!text.isBlank()) {
          hiddenRuns++;
          hidden.append(text).append(' ');
        }
      } else {
        if (run.isMarkedInserted()) {
          insertions++;
        }
        visible.append(text);
      }
    }
    sink.text(location, null, visible);
    if (deletions + insertions > 0) {
      sink.structure(
          HiddenContent.TRACKED_CHANGES,
          location,
          deletions + insertions,
          String.format(
              "%,d deleted and %,d inserted runs are still tracked; deleted text stays in the file",
              deletions, insertions));
      sink.text(location, HiddenContent.TRACKED_CHANGES, deleted);
    }
    if (hiddenRuns > 0) {
      sink.structure(
          HiddenContent.HIDDEN_TEXT,
          location,
          hiddenRuns,
          String.format("%,d runs of text are formatted as hidden", hiddenRuns));
      sink.text(location, HiddenContent.HIDDEN_TEXT, hidden);
    }
  }

  private static void story(
      @Nullable Range range, Location location, @Nullable HiddenContent hidden, ContentSink sink) {
    if (range != null && !range.text().isBlank()) {
      sink.text(location, hidden, range.text());
    }
  }

  private static void comments(@Nullable Range range, Location location, ContentSink sink) {
    if (range == null || range.text().isBlank()) {
      return;
    }
    long paragraphs = 0;
    for (int i = 0; i < range.numParagraphs(); i++) {
      if (!range.getParagraph(i).text().isBlank()) {
        paragraphs++;
      }
    }
    sink.structure(
        HiddenContent.COMMENTS,
        location,
        paragraphs,
        String.format("comments hold %,d paragraphs of text", paragraphs));
    sink.text(location, HiddenContent.COMMENTS, range.text());
  }

  private static void headers(@Nullable Range range, Location location, ContentSink sink) {
    if (range == null) {
      return;
    }
    // The header story keeps separators and empty placeholders; only real text counts.
    String text = range.text().replaceAll("[\\r\\n\\u0003\\u0004\\u0005\\u0013-\\u0015]", " ");
    if (!text.isBlank()) {
      sink.structure(HiddenContent.HEADER_FOOTER, location, 1, "headers or footers hold text");
      sink.text(location, HiddenContent.HEADER_FOOTER, text);
    }
  }

  private static void properties(
      @Nullable SummaryInformation summary,
      @Nullable DocumentSummaryInformation document,
      Location file,
      ContentSink sink) {
    List<String> names = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    if (summary != null) {
      add("author", summary.getAuthor(), names, values);
      add("last saved by", summary.getLastAuthor(), names, values);
      add("title", summary.getTitle(), names, values);
      add("subject", summary.getSubject(), names, values);
      add("keywords", summary.getKeywords(), names, values);
      add("comments", summary.getComments(), names, values);
    }
    if (document != null) {
      add("company", document.getCompany(), names, values);
      add("manager", document.getManager(), names, values);
      if (document.getCustomProperties() != null && !document.getCustomProperties().isEmpty()) {
        names.add(document.getCustomProperties().size() + " custom properties");
        document.getCustomProperties().values().forEach(v -> values.append(v).append('\n'));
      }
    }
    if (!names.isEmpty()) {
      Location location = file.part("document properties");
      sink.structure(
          HiddenContent.DOCUMENT_PROPERTIES,
          location,
          names.size(),
          "set: " + String.join(", ", names));
      sink.text(location, HiddenContent.DOCUMENT_PROPERTIES, values);
    }
  }

  private static void add(
      String name, @Nullable String value, List<String> names, StringBuilder values) {
    if (value != null && !value.isBlank()) {
      names.add(name);
      values.append(value).append('\n');
    }
  }

  /** Macros and embedded objects live in their own storages beside the text. */
  private static void containers(DirectoryNode root, Location file, ContentSink sink) {
    if (root.hasEntryCaseInsensitive("Macros")) {
      sink.structure(HiddenContent.MACROS, file.part("Macros"), 1, "the document carries macros");
    }
    for (Entry entry : root) {
      if (entry.getName().equalsIgnoreCase("ObjectPool")
          && entry instanceof DirectoryEntry pool
          && pool.getEntryCount() > 0) {
        sink.structure(
            HiddenContent.EMBEDDED_OBJECT,
            file.part("ObjectPool"),
            pool.getEntryCount(),
            String.format("%,d embedded objects (OLE)", pool.getEntryCount()));
      }
    }
  }
}
