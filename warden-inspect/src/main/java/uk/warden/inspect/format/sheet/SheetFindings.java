package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import uk.warden.inspect.content.HiddenContent;

/**
 * Turns one sheet's {@link SheetLayout} into structure findings, with the sheet name as the part
 * and A1 ranges as the range. Only rows and columns that hold data are reported: hiding empty rows
 * (a common way of tidying a sheet) hides nothing.
 */
final class SheetFindings {

  private SheetFindings() {}

  /** Findings known before cells stream: the sheet's own visibility, hidden rows and columns. */
  static void beforeCells(Reporter reporter, String sheet, SheetLayout layout) {
    HiddenContent sheetHidden = layout.sheetHiddenBy();
    if (sheetHidden != null) {
      reporter.structure(
          sheetHidden,
          sheet,
          layout.usedRange(),
          layout.rowsWithContent.cardinality(),
          sheetDetail(sheet, sheetHidden, layout));
    }
    BitSet hidden = (BitSet) layout.hiddenRows.clone();
    hidden.and(layout.rowsWithContent);
    BitSet filtered = new BitSet();
    for (int row = hidden.nextSetBit(0); row >= 0; row = hidden.nextSetBit(row + 1)) {
      if (layout.filtered(row)) {
        filtered.set(row);
      }
    }
    hidden.andNot(filtered);
    if (!hidden.isEmpty()) {
      reporter.structure(
          HiddenContent.HIDDEN_ROWS,
          sheet,
          A1.rowRuns(hidden),
          hidden.cardinality(),
          "%s of sheet '%s' holding data %s hidden"
              .formatted(
                  Sizes.count(hidden.cardinality(), "row", "rows"),
                  sheet,
                  hidden.cardinality() == 1 ? "is" : "are"));
    }
    if (!filtered.isEmpty()) {
      reporter.structure(
          HiddenContent.FILTERED_ROWS,
          sheet,
          A1.rowRuns(filtered),
          filtered.cardinality(),
          "%s of sheet '%s' holding data %s hidden by a filter"
              .formatted(
                  Sizes.count(filtered.cardinality(), "row", "rows"),
                  sheet,
                  filtered.cardinality() == 1 ? "is" : "are"));
    }
    BitSet columns = (BitSet) layout.hiddenColumns.clone();
    columns.and(layout.columnsWithContent);
    if (!columns.isEmpty()) {
      reporter.structure(
          HiddenContent.HIDDEN_COLUMNS,
          sheet,
          A1.columnRuns(columns),
          columns.cardinality(),
          "%s of sheet '%s' holding data %s hidden"
              .formatted(
                  Sizes.count(columns.cardinality(), "column", "columns"),
                  sheet,
                  columns.cardinality() == 1 ? "is" : "are"));
    }
    headerFooter(reporter, sheet, layout.headerFooter);
  }

  /** Findings known once cells have streamed: cells whose format or a merge conceals them. */
  static void afterCells(Reporter reporter, String sheet, SheetLayout layout) {
    CellSet invisible = layout.reportedInvisible();
    if (invisible.isEmpty()) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    layout
        .concealedBy()
        .forEach((why, n) -> reasons.add(why.description() + ": " + Sizes.count(n)));
    if (layout.underMerges() > 0) {
      reasons.add("covered by a merged cell: " + Sizes.count(layout.underMerges()));
    }
    reporter.structure(
        HiddenContent.INVISIBLE_CELLS,
        sheet,
        invisible.location(),
        invisible.size(),
        "%s of sheet '%s' %s content that does not show (%s)"
            .formatted(
                Sizes.count(invisible.size(), "cell", "cells"),
                sheet,
                invisible.size() == 1 ? "holds" : "hold",
                String.join("; ", reasons)));
  }

  private static String sheetDetail(String sheet, HiddenContent code, SheetLayout layout) {
    String state =
        code == HiddenContent.VERY_HIDDEN_SHEET
            ? "very hidden (only visible through the VBA editor)"
            : "hidden";
    if (!layout.hasContent()) {
      return "sheet '%s' is %s; it holds no cell data".formatted(sheet, state);
    }
    int[] area = layout.usedArea();
    return "sheet '%s' is %s; %s × %s hold data"
        .formatted(
            sheet,
            state,
            Sizes.count(area[2] - area[0] + 1, "row", "rows"),
            Sizes.count(area[3] - area[1] + 1, "column", "columns"));
  }

  private static void headerFooter(Reporter reporter, String sheet, Map<String, String> sections) {
    List<String> named = new ArrayList<>();
    sections.forEach(
        (section, raw) -> {
          String literal = HeaderFooterText.literal(raw);
          if (!literal.isBlank() && !HeaderFooterText.boilerplate(literal)) {
            named.add(HeaderFooterText.describe(section));
            reporter.text(sheet, section, HiddenContent.HEADER_FOOTER, literal);
          }
        });
    if (!named.isEmpty()) {
      reporter.structure(
          HiddenContent.HEADER_FOOTER,
          sheet,
          null,
          named.size(),
          "sheet '%s' prints text in its %s".formatted(sheet, String.join(", ", named)));
    }
  }
}
