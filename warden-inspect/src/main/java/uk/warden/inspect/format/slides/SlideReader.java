package uk.warden.inspect.format.slides;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.CellBudget;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.SafeXml;

/**
 * Reads one slide (or notes page) part: the text of each shape and the cells of each table, with
 * the reason it cannot be seen when the slide is hidden, the shape is hidden in the selection pane
 * or it lies wholly outside the slide. Only top-level shapes are placed; shapes in a group share
 * the group's fate.
 */
final class SlideReader {

  /** A SmartArt diagram on the slide: its text lives in a data part of its own. */
  record Diagram(String shape, String relationshipId, @Nullable HiddenContent hiddenBy) {}

  private static final Set<String> SHAPES =
      Set.of("sp", "grpSp", "graphicFrame", "pic", "cxnSp", "contentPart");

  private final OoxmlPackage pkg;
  private final String part;
  private final Location at;
  private final long slideWidth;
  private final long slideHeight;
  private final boolean slideHidden;
  private final ContentSink sink;
  private final CellBudget cells;
  private final ShapeFilter filter;

  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<ShapeFrame> frames = new ArrayDeque<>();
  private final List<Diagram> diagrams = new ArrayList<>();
  private final Set<Integer> hiddenShapes = new TreeSet<>();
  private final Set<Integer> offSlideShapes = new TreeSet<>();
  private @Nullable SlideTable table;
  private int tableCount;
  private int skipDepth;
  private int paragraphsWithText;
  private long characters;

  /** Which shapes' text to take: all on a slide; on a notes page, not the slide image or number. */
  interface ShapeFilter {
    boolean take(ShapeFrame frame);
  }

  SlideReader(
      OoxmlPackage pkg,
      String part,
      Location at,
      long slideWidth,
      long slideHeight,
      boolean slideHidden,
      ContentSink sink,
      CellBudget cells,
      ShapeFilter filter) {
    this.pkg = pkg;
    this.part = part;
    this.at = at;
    this.slideWidth = slideWidth;
    this.slideHeight = slideHeight;
    this.slideHidden = slideHidden;
    this.sink = sink;
    this.cells = cells;
    this.filter = filter;
  }

  /** Whether the slide part says {@code show="0"}, read before anything else of it. */
  static boolean hidden(OoxmlPackage pkg, String part) throws IOException, XMLStreamException {
    XMLStreamReader reader = pkg.xml(part);
    try {
      return reader.nextTag() == XMLStreamConstants.START_ELEMENT
          && !SafeXml.flag(reader, "show", true);
    } finally {
      reader.close();
    }
  }

  void read() throws IOException, XMLStreamException, UnreadableException {
    XMLStreamReader reader = pkg.xml(part);
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(reader);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(reader.getLocalName());
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          characters(reader);
        }
      }
    } finally {
      reader.close();
    }
  }

  List<Diagram> diagrams() {
    return diagrams;
  }

  int paragraphsWithText() {
    return paragraphsWithText;
  }

  long characters() {
    return characters;
  }

  Set<Integer> hiddenShapes() {
    return hiddenShapes;
  }

  Set<Integer> offSlideShapes() {
    return offSlideShapes;
  }

  private void start(XMLStreamReader reader) throws UnreadableException {
    String name = reader.getLocalName();
    String parent = path.peek();
    path.push(name);
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    ShapeFrame frame = frames.peek();
    if (SHAPES.contains(name)) {
      frames.push(new ShapeFrame(frame));
      return;
    }
    switch (name) {
      case "Fallback" -> skipDepth = 1;
      case "cNvPr" -> {
        if (frame != null && !frame.named) {
          frame.named = true;
          frame.id = SafeXml.attribute(reader, "id");
          frame.hidden |= SafeXml.flag(reader, "hidden", false);
          String description = SafeXml.attribute(reader, "descr");
          if (description != null && !description.isBlank()) {
            frame.text.append(description.strip()).append('\n');
          }
        }
      }
      case "ph" -> {
        if (frame != null) {
          String type = SafeXml.attribute(reader, "type");
          frame.placeholder = type == null ? "body" : type;
        }
      }
      case "off" -> {
        if (frame != null && frame.topLevel && "xfrm".equals(parent) && !frame.placed) {
          frame.x = Emu.parse(SafeXml.attribute(reader, "x"), 0);
          frame.y = Emu.parse(SafeXml.attribute(reader, "y"), 0);
        }
      }
      case "ext" -> {
        if (frame != null && frame.topLevel && "xfrm".equals(parent) && !frame.placed) {
          frame.width = Emu.parse(SafeXml.attribute(reader, "cx"), -1);
          frame.height = Emu.parse(SafeXml.attribute(reader, "cy"), -1);
          frame.placed = true;
          frame.offSlide = frame.outside(slideWidth, slideHeight);
        }
      }
      case "p" -> {
        if (table != null && table.inCell()) {
          table.newParagraph();
        } else if (frame != null) {
          frame.newParagraph();
        }
      }
      case "br" -> append("\n");
      case "tbl" -> {
        tableCount++;
        table = new SlideTable(sink, cells);
        sink.table(at.range("table " + tableCount + " (" + label(frame) + ")"), hiddenBy(frame));
        count(frame);
      }
      case "tr" -> {
        if (table != null) {
          table.startRow();
        }
      }
      case "tc" -> {
        if (table != null) {
          table.startCell();
        }
      }
      case "relIds" -> {
        String data = SafeXml.attribute(reader, "dm");
        if (data != null && frame != null) {
          diagrams.add(new Diagram(label(frame), data, hiddenBy(frame)));
          count(frame);
        }
      }
      default -> {
        // layout, styling and effects carry no text
      }
    }
  }

  private void end(String name) throws UnreadableException {
    path.pop();
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (SHAPES.contains(name)) {
      ShapeFrame frame = frames.poll();
      if (frame != null) {
        finish(frame);
      }
      return;
    }
    switch (name) {
      case "tc" -> {
        if (table != null) {
          table.endCell();
        }
      }
      case "tbl" -> table = null;
      default -> {
        // nothing to close
      }
    }
  }

  private void characters(XMLStreamReader reader) {
    if (skipDepth == 0 && "t".equals(path.peek())) {
      append(reader.getText());
    }
  }

  private void append(String text) {
    if (table != null && table.inCell()) {
      table.append(text);
      return;
    }
    ShapeFrame frame = frames.peek();
    if (frame != null && frame.text.length() < (1 << 22)) {
      frame.text.append(text);
    }
  }

  private void finish(ShapeFrame frame) {
    String text = frame.text.toString().strip();
    if (text.isEmpty() || !filter.take(frame)) {
      return;
    }
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        paragraphsWithText++;
      }
    }
    characters += text.length();
    count(frame);
    sink.text(at.range(label(frame)), hiddenBy(frame), text);
  }

  /** Notes which hidden or off-slide shapes hold something to read. */
  private void count(@Nullable ShapeFrame frame) {
    if (frame == null) {
      return;
    }
    Integer id = number(frame.id);
    if (frame.hidden) {
      hiddenShapes.add(id);
    } else if (frame.offSlide) {
      offSlideShapes.add(id);
    }
  }

  private @Nullable HiddenContent hiddenBy(@Nullable ShapeFrame frame) {
    if (slideHidden) {
      return HiddenContent.HIDDEN_SLIDE;
    }
    if (frame != null && (frame.hidden || frame.offSlide)) {
      return HiddenContent.HIDDEN_TEXT;
    }
    return null;
  }

  private static String label(@Nullable ShapeFrame frame) {
    return frame == null ? "slide" : frame.label();
  }

  private static Integer number(@Nullable String id) {
    try {
      return id == null ? -1 : Integer.parseInt(id.trim());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }
}
