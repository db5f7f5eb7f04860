package uk.warden.inspect.format.word;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Reads one story part (the body, a header, the footnotes, the comments) in a single pass: visible
 * paragraph text and table cells to the sink, hidden, deleted and moved-away text to the sink with
 * the reason it cannot be seen, and tallies for the structures reported at the end.
 *
 * <p>Paragraphs are numbered in reading order across the whole part, table cells and text boxes
 * included, so "paragraph 12" can be found by counting. Text seen inside a table is held back until
 * the table ends, because a table's cells must follow it without other text in between.
 */
final class StoryReader implements HidingRules.StoryState {

  /** Longest text handed over in one piece; longer paragraphs go in several. */
  private static final int CHUNK = 64 * 1024;

  /** Longest text kept for one table cell; the rest goes to the sink as text. */
  private static final int MAX_CELL = 1 << 20;

  /**
   * Most text held back while a table is open. A table full of hidden text could otherwise hold a
   * whole part in memory; past this the text is handed over at once, between the table's cells.
   */
  private static final int MAX_PENDING = 4 << 20;

  /** Names the comment or note a paragraph belongs to, when the part has such containers. */
  interface Containers {
    /** Called at each w:comment, w:footnote and w:endnote; returns its name or null. */
    @Nullable String enter(XMLStreamReader reader);
  }

  private record Pending(String range, HiddenContent hiddenBy, String text) {}

  private final OoxmlPackage pkg;
  private final String part;
  private final Location at;
  private final @Nullable HiddenContent baseHidden;
  private final ContentSink sink;
  private final CellBudget cells;
  private final Containers containers;
  private final HidingRules rules;

  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Paragraph> paragraphs = new ArrayDeque<>();
  private final Deque<Run> runs = new ArrayDeque<>();
  private final Deque<WordTable> tables = new ArrayDeque<>();
  private final Deque<FieldCode> fields = new ArrayDeque<>();
  private final List<Pending> pending = new ArrayList<>();
  private long pendingChars;
  private boolean pageWhite;
  private int skipDepth;
  private int paragraphCount;
  private int tableCount;
  private int deletedDepth;
  private int textboxDepth;
  private @Nullable String container;

  private final Map<Hiding, HidingTally> hidingTallies = new HashMap<>();
  private final ChangeTally changes = new ChangeTally();
  private final Places fieldPlaces = new Places();
  private final List<String> fieldKinds = new ArrayList<>();
  private final Map<String, Integer> commentAnchors = new HashMap<>();
  private int paragraphsWithText;

  StoryReader(
      OoxmlPackage pkg,
      String part,
      Location base,
      @Nullable HiddenContent baseHidden,
      WordStyles styles,
      boolean pageWhite,
      ContentSink sink,
      CellBudget cells,
      Containers containers) {
    this.pkg = pkg;
    this.part = part;
    this.at = base.part(part);
    this.baseHidden = baseHidden;
    this.sink = sink;
    this.cells = cells;
    this.containers = containers;
    this.pageWhite = pageWhite;
    this.rules = new HidingRules(styles, this);
  }

  /** Reads the part and reports its structures; returns what later parts need to know. */
  StoryResult read() throws IOException, XMLStreamException, UnreadableException {
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
    report();
    return new StoryResult(paragraphsWithText, pageWhite, Map.copyOf(commentAnchors));
  }

  private void start(XMLStreamReader reader) throws UnreadableException {
    String name = reader.getLocalName();
    String parent = path.peek();
    path.push(name);
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    switch (name) {
      case "Fallback",
          "sdtPr",
          "rPrChange",
          "pPrChange",
          "sectPrChange",
          "tblPrChange",
          "trPrChange",
          "tcPrChange",
          "tblGridChange",
          "numberingChange" -> {
        // Alternate renderings duplicate the text; old formatting is not the run's formatting.
        if (!name.equals("Fallback") && !name.equals("sdtPr")) {
          changes.formatting(reader, currentParagraph());
        }
        skipDepth = 1;
      }
      case "background" -> {
        if ("document".equals(parent)) {
          pageWhite = !RunProperties.coloured(reader, "color");
        }
      }
      case "p" -> paragraphs.push(new Paragraph(++paragraphCount, container));
      case "pStyle" -> {
        Paragraph paragraph = paragraphs.peek();
        if ("pPr".equals(parent) && paragraph != null) {
          paragraph.style = SafeXml.attribute(reader, "val");
        }
      }
      case "shd" -> shading(reader, parent);
      case "highlight" -> {
        Run run = runs.peek();
        if (directRunProperty(parent) && run != null) {
          run.shaded |= RunProperties.coloured(reader, "val");
        }
      }
      case "r" -> runs.push(new Run());
      case "rStyle" -> {
        Run run = runs.peek();
        if (directRunProperty(parent) && run != null) {
          run.characterStyle = SafeXml.attribute(reader, "val");
        }
      }
      case "tab" -> appendIfInRun(parent, "\t");
      case "br", "cr" -> appendIfInRun(parent, "\n");
      case "noBreakHyphen" -> appendIfInRun(parent, "-");
      case "fldChar" -> fieldChar(SafeXml.attribute(reader, "fldCharType"));
      case "fldSimple" -> {
        String instruction = SafeXml.attribute(reader, "instr");
        if (instruction != null) {
          field(instruction);
        }
      }
      case "ins", "moveTo", "cellIns", "cellMerge" ->
          changes.insertion(name, reader, currentParagraph());
      case "del", "moveFrom", "cellDel" -> {
        changes.deletion(name, reader, currentParagraph());
        deletedDepth++;
      }
      case "commentRangeStart", "commentReference" -> {
        String id = SafeXml.attribute(reader, "id");
        Paragraph paragraph = paragraphs.peek();
        if (id != null && paragraph != null) {
          commentAnchors.putIfAbsent(id, paragraph.number());
        }
      }
      case "tbl" -> startTable();
      case "tblStyle" -> {
        WordTable table = tables.peek();
        if ("tblPr".equals(parent) && table != null) {
          table.styled(SafeXml.attribute(reader, "val"));
        }
      }
      case "tr" -> {
        WordTable table = tables.peek();
        if (table != null) {
          table.startRow();
        }
      }
      case "gridBefore" -> {
        WordTable table = tables.peek();
        if ("trPr".equals(parent) && table != null) {
          table.skipColumns(number(SafeXml.attribute(reader, "val")));
        }
      }
      case "tc" -> {
        WordTable table = tables.peek();
        if (table != null) {
          table.startCell();
        }
      }
      case "gridSpan" -> {
        WordTable table = tables.peek();
        if ("tcPr".equals(parent) && table != null) {
          table.span(number(SafeXml.attribute(reader, "val")));
        }
      }
      case "txbxContent" -> textboxDepth++;
      case "textpath" -> {
        String watermark = SafeXml.attribute(reader, "string");
        if (watermark != null && !watermark.isBlank()) {
          emit(rangeHere("watermark"), baseHidden, watermark);
        }
      }
      case "docPr" -> {
        for (String attribute : new String[] {"descr", "title"}) {
          String text = SafeXml.attribute(reader, attribute);
          if (text != null && !text.isBlank()) {
            emit(rangeHere("picture description"), baseHidden, text);
          }
        }
      }
      case "comment", "footnote", "endnote" -> container = containers.enter(reader);
      default -> {
        Run run = runs.peek();
        if (run != null && directRunProperty(parent)) {
          run.direct = RunProperties.apply(name, reader, run.direct);
        }
      }
    }
  }

  private void end(String name) throws UnreadableException {
    path.pop();
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (name) {
      case "p" -> finishParagraph();
      case "r" -> runs.poll();
      case "del", "moveFrom", "cellDel" -> deletedDepth--;
      case "tc" -> {
        WordTable table = tables.peek();
        if (table != null) {
          table.endCell();
        }
      }
      case "tbl" -> endTable();
      case "txbxContent" -> textboxDepth--;
      case "comment", "footnote", "endnote" -> container = null;
      default -> {
        // nothing to close
      }
    }
  }

  private void characters(XMLStreamReader reader) throws UnreadableException {
    if (skipDepth > 0) {
      return;
    }
    String element = path.peek();
    if (element == null) {
      return;
    }
    switch (element) {
      case "t" -> text(reader.getText(), false);
      case "delText" -> text(reader.getText(), true);
      case "instrText" -> {
        FieldCode code = fields.peek();
        if (code != null) {
          code.append(reader.getText());
        }
      }
      default -> {
        // text outside runs is whitespace between elements
      }
    }
  }

  private void text(String text, boolean deletedText) throws UnreadableException {
    Paragraph paragraph = paragraphs.peek();
    Run run = runs.peek();
    if (paragraph == null || run == null) {
      return;
    }
    if (deletedText || deletedDepth > 0) {
      changes.deletedText(text.length());
      append(paragraph, paragraph.deleted, HiddenContent.TRACKED_CHANGES, text);
      return;
    }
    Hiding hiding = run.hiding(rules, paragraph);
    if (hiding == null) {
      appendVisible(paragraph, text);
      return;
    }
    HidingTally tally = hidingTallies.computeIfAbsent(hiding, h -> new HidingTally());
    if (run.counted.add(hiding)) {
      tally.runs++;
    }
    tally.characters += text.length();
    tally.places.add(paragraph);
    append(paragraph, paragraph.hidden(hiding), HiddenContent.HIDDEN_TEXT, text);
  }

  private void appendIfInRun(@Nullable String parent, String text) throws UnreadableException {
    if ("r".equals(parent)) {
      text(text, false);
    }
  }

  private void append(Paragraph paragraph, StringBuilder buffer, HiddenContent why, String text)
      throws UnreadableException {
    buffer.append(text);
    if (buffer.length() >= CHUNK) {
      emit(paragraph.label(), why, buffer.toString());
      buffer.setLength(0);
    }
  }

  private void appendVisible(Paragraph paragraph, String text) throws UnreadableException {
    paragraph.visible.append(text);
    if (paragraph.visible.length() >= CHUNK) {
      deliverVisible(paragraph, paragraph.visible.toString());
      paragraph.visible.setLength(0);
    }
  }

  private void finishParagraph() throws UnreadableException {
    Paragraph paragraph = paragraphs.poll();
    if (paragraph == null) {
      return;
    }
    if (!paragraph.visible.toString().isBlank()) {
      paragraphsWithText++;
      deliverVisible(paragraph, paragraph.visible.toString());
    }
    for (StringBuilder hidden : paragraph.hidden.values()) {
      if (!hidden.toString().isBlank()) {
        emit(paragraph.label(), HiddenContent.HIDDEN_TEXT, hidden.toString());
      }
    }
    if (!paragraph.deleted.toString().isBlank()) {
      emit(paragraph.label(), HiddenContent.TRACKED_CHANGES, paragraph.deleted.toString());
    }
  }

  /** Visible text goes into the current table cell, or to the sink as a paragraph. */
  private void deliverVisible(Paragraph paragraph, String text) throws UnreadableException {
    WordTable table = tables.peekLast();
    if (table != null && table.inCell()) {
      if (table.cellLength() + text.length() <= MAX_CELL) {
        table.appendToCell(text);
        return;
      }
    }
    emit(paragraph.label(), baseHidden, text);
  }

  /** Text to the sink now, or after the current table when one is open. */
  private void emit(String range, @Nullable HiddenContent hiddenBy, String text) {
    if (tables.isEmpty()) {
      sink.text(at.range(range), hiddenBy, text);
      return;
    }
    pending.add(new Pending(range, hiddenBy, text));
    pendingChars += text.length();
    if (pendingChars > MAX_PENDING) {
      flushPending();
    }
  }

  private void flushPending() {
    for (Pending text : pending) {
      sink.text(at.range(text.range()), text.hiddenBy(), text.text());
    }
    pending.clear();
    pendingChars = 0;
  }

  private String rangeHere(String what) {
    Paragraph paragraph = paragraphs.peek();
    return paragraph == null ? what : paragraph.label() + ", " + what;
  }

  private void startTable() {
    if (tables.isEmpty()) {
      tableCount++;
      sink.table(at.range("table " + tableCount), baseHidden);
      tables.push(new WordTable(sink, cells, true));
    } else {
      // A table inside a cell: its text joins the outer cell it sits in.
      tables.push(new WordTable(sink, cells, false));
    }
  }

  private void endTable() throws UnreadableException {
    WordTable table = tables.poll();
    if (table != null) {
      table.finish();
    }
    if (tables.isEmpty()) {
      flushPending();
    }
  }

  private void shading(XMLStreamReader reader, @Nullable String parent) {
    boolean coloured = RunProperties.coloured(reader, "fill");
    if ("pPr".equals(parent)) {
      Paragraph paragraph = paragraphs.peek();
      if (paragraph != null) {
        paragraph.shaded |= coloured;
      }
    } else if ("tcPr".equals(parent)) {
      WordTable table = tables.peek();
      if (table != null) {
        table.shadeCell(coloured);
      }
    } else if (directRunProperty(parent)) {
      Run run = runs.peek();
      if (run != null) {
        run.shaded |= coloured;
      }
    }
  }

  /** A child of the run's own w:rPr (not of the paragraph mark's, nor of an old format). */
  private boolean directRunProperty(@Nullable String parent) {
    if (!"rPr".equals(parent) || runs.isEmpty()) {
      return false;
    }
    String[] names = path.toArray(new String[0]);
    // names[0] is this element, names[1] the rPr, names[2] what holds the rPr
    return names.length > 2 && names[2].equals("r");
  }

  private @Nullable Paragraph currentParagraph() {
    return paragraphs.peek();
  }

  private void fieldChar(@Nullable String type) {
    if ("begin".equals(type)) {
      fields.push(new FieldCode());
    } else if ("separate".equals(type)) {
      FieldCode code = fields.peek();
      if (code != null) {
        evaluate(code);
      }
    } else if ("end".equals(type)) {
      FieldCode code = fields.poll();
      if (code != null) {
        evaluate(code);
      }
    }
  }

  private void evaluate(FieldCode code) {
    if (!code.evaluated) {
      code.evaluated = true;
      field(code.instruction.toString());
    }
  }

  private void field(String instruction) {
    FieldInstruction external = FieldInstruction.external(instruction);
    if (external == null) {
      return;
    }
    Paragraph paragraph = paragraphs.peek();
    if (paragraph != null) {
      fieldPlaces.add(paragraph);
    }
    fieldKinds.add(external.field());
    emit(rangeHere(external.field() + " field"), HiddenContent.EXTERNAL_LINK, external.target());
  }

  @Override
  public boolean backgroundKnownWhite() {
    if (!pageWhite || textboxDepth > 0) {
      return false;
    }
    for (WordTable table : tables) {
      if (!table.backgroundKnownWhite()) {
        return false;
      }
    }
    return true;
  }

  private void report() {
    for (Hiding hiding : Hiding.values()) {
      HidingTally tally = hidingTallies.get(hiding);
      if (tally != null) {
        sink.structure(
            HiddenContent.HIDDEN_TEXT,
            at.range(tally.places.toString()),
            tally.runs,
            tally.runs
                + (tally.runs == 1 ? " run" : " runs")
                + " of text "
                + hiding.description()
                + " ("
                + tally.characters
                + " characters)");
      }
    }
    changes.report(at, sink);
    if (!fieldKinds.isEmpty()) {
      sink.structure(
          HiddenContent.EXTERNAL_LINK,
          at.range(fieldPlaces.toString()),
          fieldKinds.size(),
          fieldKinds.size()
              + (fieldKinds.size() == 1 ? " field pulls" : " fields pull")
              + " content from outside the document ("
              + String.join(", ", fieldKinds.stream().distinct().toList())
              + ")");
    }
  }

  private static int number(@Nullable String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(0, Math.min(Integer.parseInt(value.trim()), 16_384));
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }

  private static final class HidingTally {
    int runs;
    long characters;
    final Places places = new Places();
  }

  private static final class FieldCode {
    final StringBuilder instruction = new StringBuilder();
    boolean evaluated;

    void append(String text) {
      if (instruction.length() < 10_000) {
        instruction.append(text);
      }
    }
  }
}
