package uk.warden.inspect.format.word;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Tracked changes in one part: how many of each kind, where, and by whom. The authors' names are
 * handed to the sink as hidden text (they are personal data the document carries unseen); the
 * structure's detail only counts them.
 */
final class ChangeTally {

  private static final int MAX_AUTHORS = 200;

  private int insertions;
  private int deletions;
  private int moves;
  private int formatting;
  private int cells;
  private long deletedCharacters;
  private final Places places = new Places();
  private final Set<String> authors = new LinkedHashSet<>();

  void insertion(String element, XMLStreamReader reader, @Nullable Paragraph paragraph) {
    switch (element) {
      case "moveTo" -> moves++;
      case "cellIns", "cellMerge" -> cells++;
      default -> insertions++;
    }
    seen(reader, paragraph);
  }

  void deletion(String element, XMLStreamReader reader, @Nullable Paragraph paragraph) {
    switch (element) {
      case "moveFrom" -> {
        // counted once, as the move's destination
      }
      case "cellDel" -> cells++;
      default -> deletions++;
    }
    seen(reader, paragraph);
  }

  void formatting(XMLStreamReader reader, @Nullable Paragraph paragraph) {
    formatting++;
    seen(reader, paragraph);
  }

  void deletedText(int characters) {
    deletedCharacters += characters;
  }

  private void seen(XMLStreamReader reader, @Nullable Paragraph paragraph) {
    if (paragraph != null) {
      places.add(paragraph);
    }
    String author = SafeXml.attribute(reader, "author");
    if (author != null && !author.isBlank() && authors.size() < MAX_AUTHORS) {
      authors.add(author.trim());
    }
  }

  private int total() {
    return insertions + deletions + moves + formatting + cells;
  }

  void report(Location at, ContentSink sink) {
    if (total() == 0) {
      return;
    }
    if (!authors.isEmpty()) {
      sink.text(
          at.range("tracked change authors"),
          HiddenContent.TRACKED_CHANGES,
          String.join("; ", authors));
    }
    List<String> kinds = new ArrayList<>();
    count(kinds, insertions, "insertion");
    if (deletions > 0) {
      kinds.add(
          count(deletions, "deletion")
              + (deletedCharacters > 0
                  ? " (" + deletedCharacters + " characters of deleted text)"
                  : ""));
    }
    count(kinds, moves, "move");
    count(kinds, formatting, "formatting change");
    count(kinds, cells, "table cell change");
    String by =
        authors.isEmpty()
            ? ""
            : authors.size() == 1 ? " by 1 author" : " by " + authors.size() + " authors";
    sink.structure(
        HiddenContent.TRACKED_CHANGES,
        places.isEmpty() ? at : at.range(places.toString()),
        total(),
        String.join(", ", kinds) + by);
  }

  private static void count(List<String> kinds, int n, String what) {
    if (n > 0) {
      kinds.add(count(n, what));
    }
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
