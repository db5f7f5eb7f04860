package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * One reading of an XLSX/XLSM package: each sheet in tab order (one pass over its part for cells
 * and what follows them, then its findings, comments, links and drawings), and finally the
 * workbook-wide parts (names, pivot caches, links, charts, revisions, properties, embedded objects,
 * macros).
 */
final class XlsxInspection {

  private final OoxmlPackage pkg;
  private final Reporter reporter;
  private final Map<String, SheetSummary> summaries = new LinkedHashMap<>();
  private final Map<String, String> embeddingHosts = new HashMap<>();

  XlsxInspection(OoxmlPackage pkg, Reporter reporter) {
    this.pkg = pkg;
    this.reporter = reporter;
  }

  void run() throws IOException {
    String workbookPart = workbookPart();
    WorkbookPart workbook = WorkbookPart.read(pkg, workbookPart);
    ThemeColours theme = ThemeColours.read(pkg, target(workbookPart, "theme"));
    CellStyles styles = CellStyles.read(pkg, target(workbookPart, "styles"), theme);
    String stringsPart = target(workbookPart, "sharedStrings");
    SharedStrings strings =
        stringsPart != null && pkg.has(stringsPart)
            ? SharedStrings.read(pkg, stringsPart, reporter.limits().maxCells())
            : SharedStrings.none();
    CellText text = new CellText(workbook.date1904());
    boolean threaded = false;
    for (WorkbookPart.Sheet sheet : workbook.sheets()) {
      threaded |= sheet(workbook, sheet, styles, strings, text);
    }
    if (threaded) {
      SheetComments.persons(reporter, pkg, workbookPart);
    }
    DefinedNames.report(reporter, names(workbook), summaries);
    PivotCaches.report(reporter, pkg, workbookPart, summaries);
    ExternalLinks.report(reporter, pkg, workbookPart);
    ChartCaches.report(reporter, pkg, summaries);
    RevisionLog.report(reporter, pkg, workbookPart);
    OoxmlProperties.report(reporter, pkg);
    EmbeddedParts.report(reporter, pkg, embeddingHosts);
    macros(workbookPart);
  }

  private String workbookPart() {
    Relationship office = pkg.first("", "officeDocument");
    if (office == null || office.external() || !pkg.has(office.target())) {
      throw new Refusal("the package has no workbook part: it is not an Excel workbook");
    }
    String part = office.target();
    String type = pkg.contentType(part);
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (lower.contains("binary")) {
      throw new Refusal("the workbook is in the binary XLSB format, which is not supported");
    }
    if (!lower.contains("spreadsheetml") && !lower.contains("ms-excel")) {
      throw new Refusal("the package is not an Excel workbook (its main part is not a workbook)");
    }
    return part;
  }

  /** Reads one sheet; returns whether it had threaded comments. */
  private boolean sheet(
      WorkbookPart workbook,
      WorkbookPart.Sheet sheet,
      CellStyles styles,
      SharedStrings strings,
      CellText text) {
    String name = sheet.name();
    String part = sheet.part();
    if (part == null || !pkg.has(part)) {
      throw new Refusal("sheet '%s' is missing from the package".formatted(name));
    }
    SheetLayout layout = new SheetLayout(sheet.hiddenBy());
    if (sheet.kind().equals("chartsheet")) {
      SheetFindings.beforeCells(reporter, name, layout);
      summaries.put(name, SheetSummary.of(name, layout));
      return false;
    }
    knownFilters(workbook, sheet, layout);
    reporter.table(name, null, sheet.hiddenBy());
    CellSet outside = new CellSet();
    CellQueue queue = new CellQueue(reporter, layout, outside);
    SheetTail tail = new SheetTail();
    SheetCells.stream(pkg, part, strings, styles, text, layout, tail, queue);
    tail.applyTo(layout);
    queue.release();
    if (queue.streamed() && !layout.merges.isEmpty()) {
      mergedAfterwards(part, name, strings, styles, text, layout);
    }
    SheetFindings.beforeCells(reporter, name, layout);
    SheetFindings.afterCells(reporter, name, layout);
    if (!outside.isEmpty()) {
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          name,
          outside.location(),
          outside.size(),
          "%s on sheet '%s' %s values from another workbook or program"
              .formatted(
                  Sizes.count(outside.size(), "formula", "formulas"),
                  name,
                  outside.size() == 1 ? "takes" : "take"));
    }
    SheetLinks.hyperlinks(reporter, pkg, name, part, tail.hyperlinks);
    boolean threaded = SheetComments.report(reporter, pkg, name, part);
    for (String id : tail.drawingIds) {
      Relationship drawing = Relationship.byId(pkg.relationships(part), id);
      if (drawing != null && !drawing.external() && pkg.has(drawing.target())) {
        DrawingText.report(reporter, pkg, name, drawing.target());
        EmbeddedParts.hosts(pkg, drawing.target(), name, embeddingHosts);
      }
    }
    EmbeddedParts.hosts(pkg, part, name, embeddingHosts);
    if (sheet.kind().equals("macrosheet")) {
      reporter.structure(
          HiddenContent.MACROS,
          name,
          null,
          1,
          "sheet '%s' is an Excel 4.0 macro sheet".formatted(name));
    }
    summaries.put(name, SheetSummary.of(name, layout));
    return threaded;
  }

  /**
   * Filter ranges known before the cells: the hidden {@code _xlnm._FilterDatabase} name Excel (and
   * POI, and LibreOffice) writes for a sheet's autoFilter, and the sheet's tables.
   */
  private void knownFilters(WorkbookPart workbook, WorkbookPart.Sheet sheet, SheetLayout layout) {
    for (WorkbookPart.Name name : workbook.names()) {
      Integer local = name.localSheet();
      if (name.name().equalsIgnoreCase("_xlnm._FilterDatabase")
          && local != null
          && local == sheet.index()) {
        for (FormulaRefs.Ref ref : FormulaRefs.find(name.formula())) {
          int[] area = A1.parseArea(ref.area());
          if (area != null && !ref.external()) {
            layout.filterAreas.add(area);
          }
        }
      }
    }
    String part = sheet.part();
    if (part == null) {
      return;
    }
    for (Relationship table : pkg.relationships(part)) {
      if (table.external() || !table.is("table") || !pkg.has(table.target())) {
        continue;
      }
      try (XmlPart xml = pkg.xml(table.target())) {
        while (xml.nextStart()) {
          if (xml.is("autoFilter")) {
            int[] area = A1.parseArea(xml.attr("ref"));
            if (area != null) {
              layout.filterAreas.add(area);
            }
            break;
          }
        }
      }
    }
  }

  /**
   * A sheet too large to hold back was streamed before its merged areas were known: a second pass
   * finds the values kept under merges, hands them over as hidden text and counts them.
   */
  private void mergedAfterwards(
      String part,
      String name,
      SharedStrings strings,
      CellStyles styles,
      CellText text,
      SheetLayout layout) {
    MergedAreas merges = layout.merges;
    SheetCells.stream(
        pkg,
        part,
        strings,
        styles,
        text,
        new SheetLayout(null),
        new SheetTail(),
        (row, column, value, why, outside) -> {
          if (!value.isEmpty() && layout.sheetHiddenBy() == null && merges.hides(row, column)) {
            layout.coveredByMerge(row, column);
            reporter.text(name, A1.cell(row, column), HiddenContent.INVISIBLE_CELLS, value);
          }
        });
  }

  private List<DefinedNames.Name> names(WorkbookPart workbook) {
    List<DefinedNames.Name> names = new ArrayList<>();
    for (WorkbookPart.Name name : workbook.names()) {
      if (name.builtIn()) {
        continue;
      }
      Integer local = name.localSheet();
      String scope =
          local != null && local >= 0 && local < workbook.sheets().size()
              ? workbook.sheets().get(local).name()
              : null;
      names.add(new DefinedNames.Name(name.name(), scope, name.hidden(), name.formula()));
    }
    return names;
  }

  private void macros(String workbookPart) {
    String part = target(workbookPart, "vbaProject");
    if (part == null || !pkg.has(part)) {
      return;
    }
    try {
      VbaProject.reportOoxml(
          reporter, part, pkg.zip().readAll(part, reporter.limits().maxFileBytes()));
    } catch (IOException e) {
      reporter.structure(
          HiddenContent.MACROS, part, null, 1, "a VBA project (it could not be read)");
    }
  }

  private @Nullable String target(String part, String typeSuffix) {
    Relationship relationship = pkg.first(part, typeSuffix);
    return relationship == null || relationship.external() ? null : relationship.target();
  }
}
