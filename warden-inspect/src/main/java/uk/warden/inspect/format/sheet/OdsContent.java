package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * One pass over an OpenDocument spreadsheet's content.xml: each table (sheet) with its hidden and
 * filtered rows, collapsed columns, cells (repeats expanded only where they hold content),
 * annotations, links, and the named ranges that follow the tables.
 */
final class OdsContent {

  /** A cell waiting for its row to end, since a row may repeat. */
  private record PendingCell(int column, String value, CellStyles.Concealment why) {}

  private final Reporter reporter;
  private final OdsStyles styles;
  private final Map<String, SheetSummary> summaries = new LinkedHashMap<>();
  private final List<DefinedNames.Name> names = new ArrayList<>();
  private int externalLinks;

  // the current table
  private @Nullable String sheet;
  private @Nullable SheetLayout layout;
  private int row;
  private int column;
  private int rowRepeat;
  private final List<PendingCell> pending = new ArrayList<>();
  private final CellSet commented = new CellSet();
  private final CellSet fileLinks = new CellSet();
  private final CellSet outside = new CellSet();
  private int comments;

  OdsContent(Reporter reporter, OdsStyles styles) {
    this.reporter = reporter;
    this.styles = styles;
  }

  Map<String, SheetSummary> summaries() {
    return summaries;
  }

  List<DefinedNames.Name> names() {
    return names;
  }

  void read(XmlPart xml) {
    boolean inStyles = false;
    int event;
    while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.localName()) {
          case "automatic-styles", "font-face-decls" -> inStyles = false;
          case "table" -> endTable();
          case "table-row" -> endRow();
          default -> {
            // other elements end without effect
          }
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = xml.localName();
      if (inStyles) {
        styles.element(xml);
        continue;
      }
      switch (name) {
        case "automatic-styles" -> inStyles = true;
        case "table" -> startTable(xml);
        case "table-column" -> column(xml);
        case "table-row" -> startRow(xml);
        case "table-cell", "covered-table-cell" -> cell(xml);
        case "table-source" -> tableSource(xml);
        case "named-range", "named-expression" -> name(xml);
        case "dde-link" -> {
          externalLinks++;
          reporter.structure(
              HiddenContent.EXTERNAL_LINK,
              "content.xml",
              "DDE link " + externalLinks,
              1,
              "a DDE link, which asks another program for data and can start it");
        }
        case "dde-source" -> {
          reporter.text(
              "content.xml", "dde", HiddenContent.EXTERNAL_LINK, xml.attr("dde-application"));
          reporter.text("content.xml", "dde", HiddenContent.EXTERNAL_LINK, xml.attr("dde-topic"));
        }
        case "p", "h" ->
            reporter.text(sheet == null ? "content.xml" : sheet, null, null, paragraph(xml, null));
        default -> {
          // other elements carry nothing to read here
        }
      }
    }
  }

  private void startTable(XmlPart xml) {
    if (sheet != null) {
      xml.skip();
      return;
    }
    String name = xml.attr("name");
    sheet = name == null ? "Sheet" + (summaries.size() + 1) : name;
    layout =
        new SheetLayout(
            styles.tableHidden(xml.attr("style-name")) ? HiddenContent.HIDDEN_SHEET : null);
    row = 0;
    column = 0;
    comments = 0;
    reporter.table(sheet, null, layout.sheetHiddenBy());
  }

  private void endTable() {
    if (sheet == null || layout == null) {
      return;
    }
    String name = sheet;
    SheetFindings.beforeCells(reporter, name, layout);
    SheetFindings.afterCells(reporter, name, layout);
    if (comments > 0) {
      reporter.structure(
          HiddenContent.COMMENTS,
          name,
          commented.location(),
          comments,
          "sheet '%s' has %s".formatted(name, Sizes.count(comments, "comment", "comments")));
    }
    if (!fileLinks.isEmpty()) {
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          name,
          fileLinks.location(),
          fileLinks.size(),
          "%s on sheet '%s' lead to files (local, network or relative paths)"
              .formatted(Sizes.count(fileLinks.size(), "hyperlink", "hyperlinks"), name));
    }
    if (!outside.isEmpty()) {
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          name,
          outside.location(),
          outside.size(),
          "%s on sheet '%s' take values from another file"
              .formatted(Sizes.count(outside.size(), "formula", "formulas"), name));
    }
    summaries.put(name, SheetSummary.of(name, layout));
    sheet = null;
    layout = null;
    commented.clearAll();
    fileLinks.clearAll();
    outside.clearAll();
  }

  private void column(XmlPart xml) {
    if (layout == null) {
      return;
    }
    int repeat = repeat(xml.attr("number-columns-repeated"));
    if ("collapse".equals(xml.attr("visibility")) && column < A1.MAX_COLUMNS) {
      layout.hiddenColumns.set(column, (int) Math.min((long) column + repeat, A1.MAX_COLUMNS));
    }
    column = (int) Math.min((long) column + repeat, Integer.MAX_VALUE / 2);
  }

  private void startRow(XmlPart xml) {
    if (layout == null) {
      return;
    }
    column = 0;
    pending.clear();
    rowRepeat = repeat(xml.attr("number-rows-repeated"));
    String visibility = xml.attr("visibility");
    if (row < A1.MAX_ROWS && ("collapse".equals(visibility) || "filter".equals(visibility))) {
      int end = (int) Math.min((long) row + rowRepeat, A1.MAX_ROWS);
      layout.hiddenRows.set(row, end);
      if ("filter".equals(visibility)) {
        layout.filteredRows.set(row, end);
      }
    }
  }

  private void endRow() {
    if (layout == null) {
      return;
    }
    if (!pending.isEmpty()) {
      if (row + (long) rowRepeat > A1.MAX_ROWS) {
        throw new Refusal(
            "sheet '%s' holds data beyond the last row a spreadsheet has".formatted(sheet));
      }
      reporter.ensureRoom((long) rowRepeat * pending.size());
      for (int r = row; r < row + rowRepeat; r++) {
        for (PendingCell cell : pending) {
          emit(r, cell);
        }
      }
    }
    pending.clear();
    row = (int) Math.min((long) row + rowRepeat, Integer.MAX_VALUE / 2);
  }

  private void emit(int r, PendingCell cell) {
    layout.content(r, cell.column());
    reporter.cell(r, cell.column(), cell.value(), layout.hiddenBy(r, cell.column(), cell.why()));
  }

  private void cell(XmlPart xml) {
    if (layout == null) {
      return;
    }
    int repeat = repeat(xml.attr("number-columns-repeated"));
    int spannedColumns = repeat(xml.attr("number-columns-spanned"));
    int spannedRows = repeat(xml.attr("number-rows-spanned"));
    if ((spannedColumns > 1 || spannedRows > 1) && row < A1.MAX_ROWS && column < A1.MAX_COLUMNS) {
      layout.merges.add(
          new int[] {row, column, row + spannedRows - 1, column + spannedColumns - 1});
    }
    String type = xml.attr("value-type");
    String value = xml.attr("value");
    String dateValue = xml.attr("date-value");
    String timeValue = xml.attr("time-value");
    String booleanValue = xml.attr("boolean-value");
    String stringValue = xml.attr("string-value");
    String style = xml.attr("style-name");
    String formula = xml.attr("formula");
    if (formula != null && (formula.contains("'file:") || formula.contains("file:///"))) {
      outside.add(Math.min(row, A1.MAX_ROWS - 1), Math.min(column, A1.MAX_COLUMNS - 1));
    }
    String shown = cellChildren(xml);
    String text = cellText(type, shown, value, dateValue, timeValue, booleanValue, stringValue);
    if (!text.isEmpty()) {
      if (column + (long) repeat > A1.MAX_COLUMNS || row >= A1.MAX_ROWS) {
        throw new Refusal(
            "sheet '%s' holds data beyond the last column or row a spreadsheet has"
                .formatted(sheet));
      }
      CellStyles.Concealment why = styles.concealment(style);
      if (why == CellStyles.Concealment.NONE && shown.isBlank() && !"string".equals(type)) {
        why = CellStyles.Concealment.EMPTY_FORMAT;
      }
      reporter.ensureRoom(repeat);
      for (int c = column; c < column + repeat; c++) {
        pending.add(new PendingCell(c, text, why));
      }
    }
    column = (int) Math.min((long) column + repeat, Integer.MAX_VALUE / 2);
  }

  private static String cellText(
      @Nullable String type,
      String shown,
      @Nullable String value,
      @Nullable String dateValue,
      @Nullable String timeValue,
      @Nullable String booleanValue,
      @Nullable String stringValue) {
    if (type == null) {
      return shown;
    }
    return switch (type) {
      case "string" -> shown.isEmpty() && stringValue != null ? stringValue : shown;
      case "date" -> dateValue != null ? dateValue : shown;
      case "time" -> !shown.isBlank() ? shown : orEmpty(timeValue);
      case "boolean" -> !shown.isBlank() ? shown : orEmpty(booleanValue);
      default -> !shown.isBlank() ? shown : orEmpty(value);
    };
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** Reads a cell's paragraphs (its shown text) and its annotation; returns the shown text. */
  private String cellChildren(XmlPart xml) {
    StringBuilder shown = new StringBuilder();
    int depth = xml.depth();
    while (xml.nextStartWithin(depth)) {
      switch (xml.localName()) {
        case "p", "h" -> {
          if (shown.length() > 0) {
            shown.append('\n');
          }
          shown.append(paragraph(xml, null));
        }
        case "annotation" -> annotation(xml);
        default -> {
          // frames and other drawing children of a cell
        }
      }
    }
    return shown.toString();
  }

  private void annotation(XmlPart xml) {
    int depth = xml.depth();
    StringBuilder text = new StringBuilder();
    String author = null;
    while (xml.nextStartWithin(depth)) {
      switch (xml.localName()) {
        case "creator" -> author = xml.text();
        case "p" -> {
          if (text.length() > 0) {
            text.append('\n');
          }
          text.append(paragraph(xml, null));
        }
        default -> {
          // dates and the annotation's frame properties are not content
        }
      }
    }
    int r = Math.min(row, A1.MAX_ROWS - 1);
    int c = Math.min(column, A1.MAX_COLUMNS - 1);
    comments++;
    commented.add(r, c);
    reporter.text(sheet, A1.cell(r, c), HiddenContent.COMMENTS, text);
    reporter.text(sheet, "comment authors", HiddenContent.COMMENTS, author);
  }

  /** The text of a paragraph: spans, spaces, tabs and breaks; hyperlink targets are reported. */
  private String paragraph(XmlPart xml, @Nullable StringBuilder into) {
    StringBuilder text = into == null ? new StringBuilder() : into;
    int level = 1;
    while (level > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          level++;
          switch (xml.localName()) {
            case "s" -> text.append(" ".repeat(Math.min(repeat(xml.attr("c")), 1000)));
            case "tab" -> text.append('\t');
            case "line-break" -> text.append('\n');
            case "a" -> link(xml.attr("href"));
            case "note", "annotation" -> {
              xml.skip();
              level--;
            }
            default -> {
              // spans and fields contribute their character data
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> level--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() < XmlPart.MAX_TEXT_CHARS) {
            text.append(xml.characters());
          }
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new Refusal("the part 'content.xml' ends inside a paragraph");
        default -> {
          // comments and processing instructions hold no text
        }
      }
    }
    return text.toString();
  }

  private void link(@Nullable String href) {
    if (href == null || href.startsWith("#")) {
      return;
    }
    String place = sheet == null ? "content.xml" : sheet;
    String ref =
        sheet == null
            ? null
            : A1.cell(Math.min(row, A1.MAX_ROWS - 1), Math.min(column, A1.MAX_COLUMNS - 1));
    if (SheetLinks.fileTarget(href)) {
      if (sheet != null) {
        fileLinks.add(Math.min(row, A1.MAX_ROWS - 1), Math.min(column, A1.MAX_COLUMNS - 1));
      }
      reporter.text(place, ref, HiddenContent.EXTERNAL_LINK, ExternalLinks.decoded(href));
    } else {
      reporter.text(place, ref, null, href);
    }
  }

  private void tableSource(XmlPart xml) {
    String href = xml.attr("href");
    String place = sheet == null ? "content.xml" : sheet;
    reporter.text(
        place,
        "table source",
        HiddenContent.EXTERNAL_LINK,
        href == null ? null : ExternalLinks.decoded(href));
    reporter.structure(
        HiddenContent.EXTERNAL_LINK,
        place,
        null,
        1,
        "the sheet is linked to another file and keeps a copy of its data");
  }

  /** Named ranges use OpenDocument addresses ($Staff.$A$1:.$D$9); turned into Excel's form. */
  private void name(XmlPart xml) {
    String name = xml.attr("name");
    String address = xml.attr("cell-range-address");
    if (address == null) {
      address = xml.attr("expression");
    }
    if (name != null && address != null) {
      names.add(new DefinedNames.Name(name, null, false, excelAddress(address)));
    }
  }

  static String excelAddress(String address) {
    StringBuilder result = new StringBuilder();
    for (String part : address.split(";")) {
      String piece = part.strip().replace("[", "").replace("]", "");
      int colon = piece.indexOf(':');
      String first = colon < 0 ? piece : piece.substring(0, colon);
      String last = colon < 0 ? null : piece.substring(colon + 1);
      int dot = first.lastIndexOf('.');
      if (dot < 0) {
        continue;
      }
      String sheetName = first.substring(0, dot).replace("$", "");
      if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length() > 1) {
        sheetName = sheetName.substring(1, sheetName.length() - 1).replace("''", "'");
      }
      String area = first.substring(dot + 1);
      if (last != null) {
        int lastDot = last.lastIndexOf('.');
        area += ":" + (lastDot < 0 ? last : last.substring(lastDot + 1));
      }
      if (result.length() > 0) {
        result.append(',');
      }
      result.append('\'').append(sheetName.replace("'", "''")).append("'!").append(area);
    }
    return result.toString();
  }

  private static int repeat(@Nullable String value) {
    Integer n = CellStyles.integer(value);
    return n == null || n < 1 ? 1 : n;
  }
}
