package uk.warden.inspect.sanitise;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * Cleans a story part (the body, headers, footers, notes): tracked deletions and moved-from text
 * and property-change records are removed, insertions and moved-to text accepted (their wrappers
 * dropped, their content kept), comment anchors removed, and runs formatted as hidden dropped. A
 * run is buffered until its end because its hidden flag comes in its properties, before its text.
 */
final class WordText {

  private static final Pattern STORY =
      Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");

  private static final Set<String> DELETED = Set.of("del", "moveFrom");
  private static final Set<String> FORMAT_CHANGES =
      Set.of(
          "rPrChange",
          "pPrChange",
          "sectPrChange",
          "tblPrChange",
          "trPrChange",
          "tcPrChange",
          "tblGridChange",
          "numberingChange");
  private static final Set<String> MARKS =
      Set.of(
          "commentRangeStart",
          "commentRangeEnd",
          "commentReference",
          "moveFromRangeStart",
          "moveFromRangeEnd",
          "moveToRangeStart",
          "moveToRangeEnd");
  private static final Set<String> ACCEPTED = Set.of("ins", "moveTo");

  /** What was taken out of every part, for the user's summary. */
  static final class Counts {
    long deletions;
    long insertions;
    long formatChanges;
    long commentMarks;
    long hiddenRuns;
    final Set<String> properties = new TreeSet<>();

    List<String> describe() {
      List<String> lines = new ArrayList<>();
      if (deletions > 0) {
        lines.add(String.format("%,d tracked deletions removed", deletions));
      }
      if (insertions > 0) {
        lines.add(String.format("%,d tracked insertions accepted", insertions));
      }
      if (formatChanges > 0) {
        lines.add(String.format("%,d tracked formatting changes removed", formatChanges));
      }
      if (commentMarks > 0) {
        lines.add(String.format("%,d comment anchors removed", commentMarks));
      }
      if (hiddenRuns > 0) {
        lines.add(String.format("%,d runs of hidden text removed", hiddenRuns));
      }
      if (!properties.isEmpty()) {
        lines.add("document properties removed: " + String.join(", ", properties));
      }
      return lines;
    }
  }

  private WordText() {}

  static boolean isStory(String partName) {
    return STORY.matcher(partName).matches();
  }

  static void clean(InputStream in, OutputStream out, Counts counts) throws XMLStreamException {
    XMLEventReader events = WordXml.reader(in);
    XMLEventWriter writer = WordXml.writer(out);
    Deque<Boolean> accepted = new ArrayDeque<>();
    List<XMLEvent> run = null;
    int runDepth = 0;
    boolean runHidden = false;
    WordXml.Skip skip = new WordXml.Skip();
    while (events.hasNext()) {
      XMLEvent event = events.nextEvent();
      if (skip.swallows(event)) {
        continue;
      }
      if (event.isStartElement()) {
        StartElement start = event.asStartElement();
        String local = start.getName().getLocalPart();
        if (DELETED.contains(local) || FORMAT_CHANGES.contains(local) || MARKS.contains(local)) {
          count(local, counts);
          skip.begin();
          continue;
        }
        if (run != null) {
          runDepth++;
          if ((local.equals("vanish") || local.equals("specVanish")) && on(start)) {
            runHidden = true;
          }
          run.add(event);
          continue;
        }
        if (ACCEPTED.contains(local)) {
          counts.insertions++;
          accepted.push(true);
          continue;
        }
        if (local.equals("r")) {
          run = new ArrayList<>();
          run.add(event);
          runDepth = 1;
          runHidden = false;
          continue;
        }
        accepted.push(false);
        writer.add(event);
      } else if (event.isEndElement()) {
        if (run != null) {
          run.add(event);
          if (--runDepth == 0) {
            if (runHidden) {
              counts.hiddenRuns++;
            } else {
              for (XMLEvent buffered : run) {
                writer.add(buffered);
              }
            }
            run = null;
          }
          continue;
        }
        if (!accepted.isEmpty() && accepted.pop()) {
          continue;
        }
        writer.add(event);
      } else if (run != null) {
        run.add(event);
      } else {
        writer.add(event);
      }
    }
    writer.flush();
  }

  private static boolean on(StartElement start) {
    String value = WordXml.attribute(start, "val");
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }

  private static void count(String local, Counts counts) {
    if (DELETED.contains(local)) {
      counts.deletions++;
    } else if (FORMAT_CHANGES.contains(local)) {
      counts.formatChanges++;
    } else if (local.startsWith("comment")) {
      counts.commentMarks++;
    }
  }
}
