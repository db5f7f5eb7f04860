package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Chart parts keep a cache of every value they plot ({@code c:strCache}, {@code c:numCache}), so a
 * chart still carries names and figures after its source rows are deleted or its sheet is hidden. A
 * cache is reported when its source is gone, hidden, empty, outside the workbook, or absent
 * (literal values); cached strings of those go to the sink as hidden text, those of charts with a
 * visible source as visible text (the chart shows them).
 */
final class ChartCaches {

  private static final String CHART_TYPE =
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

  private ChartCaches() {}

  /** One data reference of a chart and what its cache holds. */
  private static final class Series {
    @Nullable String formula;
    final List<String> strings = new ArrayList<>();
    int points;
    boolean literal;
  }

  static void report(Reporter reporter, OoxmlPackage pkg, Map<String, SheetSummary> sheets) {
    for (String part : pkg.partsOfType(CHART_TYPE)) {
      chart(reporter, pkg, part, sheets);
    }
  }

  private static void chart(
      Reporter reporter, OoxmlPackage pkg, String part, Map<String, SheetSummary> sheets) {
    List<Series> series = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    boolean externalData = false;
    try (XmlPart xml = pkg.xml(part)) {
      Series current = null;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "strRef", "numRef", "multiLvlStrRef" -> {
            current = new Series();
            series.add(current);
          }
          case "strLit", "numLit" -> {
            current = new Series();
            current.literal = true;
            series.add(current);
          }
          case "f" -> {
            if (current != null) {
              current.formula = xml.text().strip();
            }
          }
          case "pt" -> {
            if (current != null) {
              current.points++;
            }
          }
          case "v" -> {
            if (current != null && xml.depth() > 0) {
              String value = xml.text();
              if (!value.isBlank() && !numeric(value)) {
                current.strings.add(value);
              }
            }
          }
          case "t" -> titles.add(xml.text());
          case "externalData" -> externalData = true;
          default -> {
            // plot and axis settings hold no values
          }
        }
      }
    }
    for (String title : titles) {
      reporter.text(part, null, null, title);
    }
    if (externalData) {
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          part,
          null,
          1,
          "a chart takes its data from a file outside the workbook");
      Relationship link = pkg.first(part, "package");
      if (link != null && link.external()) {
        reporter.text(part, "externalData", HiddenContent.EXTERNAL_LINK, link.target());
      }
    }
    Set<String> reasons = new LinkedHashSet<>();
    String range = null;
    int cached = 0;
    for (Series one : series) {
      String reason =
          one.literal
              ? "values typed into the chart, not taken from any sheet"
              : staleness(one.formula, sheets);
      if (reason == null) {
        for (String value : one.strings) {
          reporter.text(part, one.formula, null, value);
        }
        continue;
      }
      reasons.add(reason);
      cached += one.points;
      if (range == null) {
        range = one.formula;
      }
      for (String value : one.strings) {
        reporter.text(part, one.formula, HiddenContent.CACHED_DATA, value);
      }
    }
    if (cached > 0) {
      reporter.structure(
          HiddenContent.CACHED_DATA,
          part,
          range,
          cached,
          "a chart keeps %s cached from %s"
              .formatted(Sizes.count(cached, "value", "values"), String.join("; ", reasons)));
    }
  }

  /** Why a chart's source no longer shows what its cache holds, or null when it does. */
  private static @Nullable String staleness(
      @Nullable String formula, Map<String, SheetSummary> sheets) {
    if (formula == null || formula.isEmpty()) {
      return "a source that is not recorded";
    }
    if (formula.contains("#REF!")) {
      return "a range that no longer exists";
    }
    List<FormulaRefs.Ref> refs = FormulaRefs.find(formula);
    for (FormulaRefs.Ref ref : refs) {
      if (ref.external()) {
        return "another workbook";
      }
      SheetSummary sheet = SheetSummary.find(sheets, ref.sheet());
      if (sheet == null) {
        return "a sheet no longer in the workbook";
      }
      if (sheet.hiddenBy() != null) {
        return "a hidden sheet";
      }
      int[] area = A1.parseArea(ref.area());
      if (area != null && !intersects(area, sheet.usedArea())) {
        return "cells that are now empty";
      }
    }
    return null;
  }

  private static boolean intersects(int[] area, int @Nullable [] used) {
    return used != null
        && area[0] <= used[2]
        && area[2] >= used[0]
        && area[1] <= used[3]
        && area[3] >= used[1];
  }

  private static boolean numeric(String value) {
    try {
      Double.parseDouble(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
