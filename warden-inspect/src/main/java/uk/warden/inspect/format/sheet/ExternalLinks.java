package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;
import uk.warden.inspect.content.HiddenContent;

/**
 * Links out of the workbook: externalLink parts (another workbook, DDE, OLE), with the cached copy
 * of the other workbook's cells Excel keeps in them, and data connections (connections.xml).
 * Targets and connection strings often name a user folder or a server, so they go to the sink as
 * hidden text; the findings only say what kind of link it is.
 */
final class ExternalLinks {

  private ExternalLinks() {}

  static void report(Reporter reporter, OoxmlPackage pkg, String workbookPart) {
    for (Relationship relationship : pkg.relationships(workbookPart)) {
      if (relationship.external() || !pkg.has(relationship.target())) {
        continue;
      }
      if (relationship.is("externalLink")) {
        link(reporter, pkg, relationship.target());
      } else if (relationship.is("connections")) {
        connections(reporter, pkg, relationship.target());
      }
    }
  }

  private static void link(Reporter reporter, OoxmlPackage pkg, String part) {
    List<Relationship> relationships = pkg.relationships(part);
    String kind = "a link to another workbook";
    List<String> sheetNames = new ArrayList<>();
    long cached = 0;
    boolean tableOpen = false;
    try (XmlPart xml = pkg.xml(part)) {
      int row = 0;
      String sheet = null;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "externalBook" ->
              target(reporter, part, Relationship.byId(relationships, xml.relationshipId()));
          case "ddeLink" -> {
            kind = "a DDE link, which asks another program for data and can start it";
            reporter.text(part, "ddeService", HiddenContent.EXTERNAL_LINK, xml.attr("ddeService"));
            reporter.text(part, "ddeTopic", HiddenContent.EXTERNAL_LINK, xml.attr("ddeTopic"));
          }
          case "oleLink" -> {
            kind = "an OLE link to a file outside the workbook";
            target(reporter, part, Relationship.byId(relationships, xml.relationshipId()));
          }
          case "sheetName" -> {
            String name = xml.attr("val");
            sheetNames.add(name == null ? "" : name);
          }
          case "sheetData" -> {
            Integer id = CellStyles.integer(xml.attr("sheetId"));
            sheet =
                id != null && id >= 0 && id < sheetNames.size()
                    ? sheetNames.get(id)
                    : "sheet " + id;
            tableOpen = false;
          }
          case "row" -> {
            Integer r = CellStyles.integer(xml.attr("r"));
            row = r == null ? row + 1 : r;
          }
          case "cell" -> {
            int[] cell = A1.parseCell(xml.attr("r"));
            if (cell == null) {
              xml.skip();
              continue;
            }
            String value = cellValue(xml);
            if (!value.isEmpty()) {
              if (!tableOpen) {
                reporter.table(part, sheet, HiddenContent.CACHED_DATA);
                tableOpen = true;
              }
              reporter.cell(cell[0], cell[1], value, HiddenContent.CACHED_DATA);
              cached++;
            }
          }
          default -> {
            // definedNames and ddeItems hold no cached cells
          }
        }
      }
    }
    reporter.structure(HiddenContent.EXTERNAL_LINK, part, null, 1, kind);
    if (cached > 0) {
      reporter.structure(
          HiddenContent.CACHED_DATA,
          part,
          null,
          cached,
          "the link keeps cached copies of %s of the other workbook"
              .formatted(Sizes.count(cached, "cell", "cells")));
    }
  }

  private static String cellValue(XmlPart xml) {
    int depth = xml.depth();
    String value = "";
    while (xml.nextStartWithin(depth)) {
      if (xml.is("v")) {
        value = xml.text();
      }
    }
    return value;
  }

  private static void target(
      Reporter reporter,
      String part,
      @org.jspecify.annotations.Nullable Relationship relationship) {
    if (relationship != null) {
      reporter.text(part, "target", HiddenContent.EXTERNAL_LINK, decoded(relationship.target()));
    }
  }

  /**
   * Targets are URIs; a user reads (and a detector finds) {@code karen l} better than {@code
   * karen%20l}.
   */
  static String decoded(String target) {
    if (target.indexOf('%') < 0) {
      return target;
    }
    try {
      return java.net.URLDecoder.decode(
          target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return target;
    }
  }

  private static void connections(Reporter reporter, OoxmlPackage pkg, String part) {
    int count = 0;
    List<String> kinds = new ArrayList<>();
    try (XmlPart xml = pkg.xml(part)) {
      String name = null;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "connection" -> {
            count++;
            name = xml.attr("name");
            reporter.text(part, "connection name", HiddenContent.EXTERNAL_LINK, name);
            reporter.text(
                part, "connection file", HiddenContent.EXTERNAL_LINK, xml.attr("odcFile"));
          }
          case "dbPr" -> {
            kinds.add("database");
            reporter.text(part, name, HiddenContent.EXTERNAL_LINK, xml.attr("connection"));
            reporter.text(part, name, HiddenContent.EXTERNAL_LINK, xml.attr("command"));
          }
          case "olapPr" -> kinds.add("OLAP");
          case "webPr" -> {
            kinds.add("web query");
            reporter.text(part, name, HiddenContent.EXTERNAL_LINK, xml.attr("url"));
          }
          case "textPr" -> {
            kinds.add("text file");
            reporter.text(part, name, HiddenContent.EXTERNAL_LINK, xml.attr("sourceFile"));
          }
          default -> {
            // parameters and text fields describe the same connection
          }
        }
      }
    }
    if (count > 0) {
      List<String> distinct = kinds.stream().distinct().toList();
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          part,
          null,
          count,
          "%s to data outside the workbook%s"
              .formatted(
                  Sizes.count(count, "data connection", "data connections"),
                  distinct.isEmpty() ? "" : " (" + String.join(", ", distinct) + ")"));
    }
  }
}
