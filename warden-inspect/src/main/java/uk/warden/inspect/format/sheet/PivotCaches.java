package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/**
 * Pivot caches (pivotCacheDefinition and pivotCacheRecords parts). A pivot table shows totals, but
 * its cache keeps a copy of every source record, even after the source sheet is deleted: the ICO's
 * standard example of hidden personal data. Records and the distinct values of each field are
 * handed over as a hidden table.
 */
final class PivotCaches {

  private PivotCaches() {}

  private static final class Field {
    final String name;
    final List<String> items = new ArrayList<>();

    Field(String name) {
      this.name = name;
    }
  }

  static void report(
      Reporter reporter, OoxmlPackage pkg, String workbookPart, Map<String, SheetSummary> sheets) {
    for (Relationship relationship : pkg.relationships(workbookPart)) {
      if (!relationship.external()
          && relationship.is("pivotCacheDefinition")
          && pkg.has(relationship.target())) {
        cache(reporter, pkg, relationship.target(), sheets);
      }
    }
  }

  private static void cache(
      Reporter reporter, OoxmlPackage pkg, String part, Map<String, SheetSummary> sheets) {
    List<Field> fields = new ArrayList<>();
    String sourceSheet = null;
    String sourceRef = null;
    String sourceName = null;
    boolean externalSource = false;
    long declaredRecords = 0;
    try (XmlPart xml = pkg.xml(part)) {
      Field field = null;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "pivotCacheDefinition" -> {
            Integer count = CellStyles.integer(xml.attr("recordCount"));
            declaredRecords = count == null ? 0 : count;
            String refreshedBy = xml.attr("refreshedBy");
            if (refreshedBy != null && PropertyNames.identifying(refreshedBy)) {
              reporter.text(part, "refreshedBy", HiddenContent.PIVOT_CACHE, refreshedBy);
            }
          }
          case "cacheSource" -> externalSource |= "external".equals(xml.attr("type"));
          case "worksheetSource" -> {
            sourceSheet = xml.attr("sheet");
            sourceRef = xml.attr("ref");
            sourceName = xml.attr("name");
            externalSource |= xml.relationshipId() != null;
          }
          case "cacheField" -> {
            String name = xml.attr("name");
            field = new Field(name == null ? "" : name);
            fields.add(field);
          }
          case "s", "n", "d", "b", "e" -> {
            if (field != null) {
              reporter.ensureRoom(field.items.size() + 1L);
              String value = xml.attr("v");
              field.items.add(value == null ? "" : value);
            }
          }
          case "m" -> {
            if (field != null) {
              field.items.add("");
            }
          }
          case "fieldGroup", "extLst" -> xml.skip();
          default -> {
            // sharedItems and the like are containers
          }
        }
      }
    }
    Relationship records = pkg.first(part, "pivotCacheRecords");
    String recordsPart =
        records != null && !records.external() && pkg.has(records.target())
            ? records.target()
            : null;
    String source = source(sourceSheet, sourceRef, sourceName);
    if (recordsPart != null) {
      reporter.table(recordsPart, source, HiddenContent.PIVOT_CACHE);
      header(reporter, fields);
      long count = records(reporter, pkg, recordsPart, fields);
      reporter.structure(
          HiddenContent.PIVOT_CACHE,
          part,
          source,
          count,
          "a pivot cache keeps %s of %s%s"
              .formatted(
                  Sizes.count(count, "source record", "source records"),
                  Sizes.count(fields.size(), "field", "fields"),
                  origin(source, sourceSheet, externalSource, sheets)));
    } else {
      reporter.table(part, source, HiddenContent.PIVOT_CACHE);
      header(reporter, fields);
      long values = items(reporter, fields);
      reporter.structure(
          HiddenContent.PIVOT_CACHE,
          part,
          source,
          declaredRecords,
          "a pivot cache keeps %s of %s%s (its records part is absent)"
              .formatted(
                  Sizes.count(values, "distinct value", "distinct values"),
                  Sizes.count(fields.size(), "field", "fields"),
                  origin(source, sourceSheet, externalSource, sheets)));
    }
  }

  private static @Nullable String source(
      @Nullable String sheet, @Nullable String ref, @Nullable String name) {
    if (sheet != null && ref != null) {
      return sheet + "!" + ref;
    }
    return name != null ? name : sheet;
  }

  private static String origin(
      @Nullable String source,
      @Nullable String sheet,
      boolean external,
      Map<String, SheetSummary> sheets) {
    if (external) {
      return " taken from outside the workbook";
    }
    if (source == null) {
      return "";
    }
    if (sheet == null) {
      return " from " + source;
    }
    SheetSummary summary = SheetSummary.find(sheets, sheet);
    if (summary == null) {
      return " from %s, a sheet no longer in the workbook".formatted(source);
    }
    if (summary.hiddenBy() != null) {
      return " from %s, on a hidden sheet".formatted(source);
    }
    return " from " + source;
  }

  private static void header(Reporter reporter, List<Field> fields) {
    for (int column = 0; column < fields.size(); column++) {
      if (!fields.get(column).name.isEmpty()) {
        reporter.cell(0, column, fields.get(column).name, HiddenContent.PIVOT_CACHE);
      }
    }
  }

  private static long items(Reporter reporter, List<Field> fields) {
    long values = 0;
    for (int column = 0; column < fields.size(); column++) {
      List<String> items = fields.get(column).items;
      for (int row = 0; row < items.size(); row++) {
        if (!items.get(row).isEmpty()) {
          reporter.cell(row + 1, column, items.get(row), HiddenContent.PIVOT_CACHE);
          values++;
        }
      }
    }
    return values;
  }

  private static long records(
      Reporter reporter, OoxmlPackage pkg, String part, List<Field> fields) {
    long count = 0;
    try (XmlPart xml = pkg.xml(part)) {
      int column = 0;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "r" -> {
            count++;
            column = 0;
          }
          case "x" -> {
            Integer index = CellStyles.integer(xml.attr("v"));
            if (column < fields.size()
                && index != null
                && index >= 0
                && index < fields.get(column).items.size()) {
              value(reporter, count, column, fields.get(column).items.get(index));
            }
            column++;
          }
          case "s", "n", "d", "b", "e" -> {
            value(reporter, count, column, xml.attr("v"));
            column++;
          }
          case "m" -> column++;
          case "extLst" -> xml.skip();
          default -> {
            // the root holds records
          }
        }
      }
    }
    return count;
  }

  private static void value(Reporter reporter, long row, int column, @Nullable String value) {
    if (value != null && !value.isEmpty() && row <= Integer.MAX_VALUE) {
      reporter.cell((int) row, column, value, HiddenContent.PIVOT_CACHE);
    }
  }
}
