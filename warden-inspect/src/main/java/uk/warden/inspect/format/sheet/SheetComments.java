package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.warden.inspect.content.HiddenContent;

/**
 * The notes (legacy comments) and threaded comments of one worksheet. Their text and authors go to
 * the sink as hidden text; one finding per sheet counts them. Excel keeps a legacy copy of every
 * threaded comment for older versions; those copies are not counted or handed over twice.
 */
final class SheetComments {

  private SheetComments() {}

  /** Reports the sheet's comments; returns whether it had threaded comments (persons matter). */
  static boolean report(Reporter reporter, OoxmlPackage pkg, String sheet, String sheetPart) {
    Set<String> threadedCells = new LinkedHashSet<>();
    CellSet cells = new CellSet();
    int count = 0;
    for (Relationship relationship : pkg.relationships(sheetPart)) {
      if (!relationship.external()
          && relationship.is("threadedComment")
          && pkg.has(relationship.target())) {
        count += threaded(reporter, pkg, sheet, relationship.target(), threadedCells, cells);
      }
    }
    for (Relationship relationship : pkg.relationships(sheetPart)) {
      if (!relationship.external()
          && relationship.is("comments")
          && pkg.has(relationship.target())) {
        count += legacy(reporter, pkg, sheet, relationship.target(), threadedCells, cells);
      }
    }
    if (count > 0) {
      reporter.structure(
          HiddenContent.COMMENTS,
          sheet,
          cells.location(),
          count,
          "sheet '%s' has %s".formatted(sheet, Sizes.count(count, "comment", "comments")));
    }
    return !threadedCells.isEmpty();
  }

  private static int threaded(
      Reporter reporter,
      OoxmlPackage pkg,
      String sheet,
      String part,
      Set<String> threadedCells,
      CellSet cells) {
    int count = 0;
    try (XmlPart xml = pkg.xml(part)) {
      String ref = null;
      while (xml.nextStart()) {
        if (xml.is("threadedComment")) {
          ref = xml.attr("ref");
          if (ref != null) {
            threadedCells.add(ref);
            mark(cells, ref);
          }
          count++;
        } else if (xml.is("text")) {
          reporter.text(sheet, ref, HiddenContent.COMMENTS, xml.text());
        }
      }
    }
    return count;
  }

  private static int legacy(
      Reporter reporter,
      OoxmlPackage pkg,
      String sheet,
      String part,
      Set<String> threadedCells,
      CellSet cells) {
    List<String> authors = new ArrayList<>();
    int count = 0;
    try (XmlPart xml = pkg.xml(part)) {
      String ref = null;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "author" -> authors.add(xml.text());
          case "comment" -> {
            ref = xml.attr("ref");
            if (ref != null && threadedCells.contains(ref)) {
              xml.skip();
              ref = null;
              continue;
            }
            if (ref != null) {
              mark(cells, ref);
            }
            count++;
          }
          case "text" -> {
            if (ref != null) {
              reporter.text(sheet, ref, HiddenContent.COMMENTS, xml.text("rPh"));
            }
          }
          default -> {
            // runs and their properties are read through text()
          }
        }
      }
    }
    if (count > 0) {
      for (String author : new LinkedHashSet<>(authors)) {
        reporter.text(sheet, "comment authors", HiddenContent.COMMENTS, author);
      }
    }
    return count;
  }

  private static void mark(CellSet cells, String ref) {
    int[] cell = A1.parseCell(ref);
    if (cell != null) {
      cells.add(cell[0], cell[1]);
    }
  }

  /** The people behind threaded comments: display names, e-mail style user ids. */
  static void persons(Reporter reporter, OoxmlPackage pkg, String workbookPart) {
    for (Relationship relationship : pkg.relationships(workbookPart)) {
      if (relationship.external()
          || !relationship.is("person")
          || !pkg.has(relationship.target())) {
        continue;
      }
      try (XmlPart xml = pkg.xml(relationship.target())) {
        while (xml.nextStart()) {
          if (xml.is("person")) {
            reporter.text(
                relationship.target(),
                "displayName",
                HiddenContent.COMMENTS,
                xml.attr("displayName"));
            reporter.text(
                relationship.target(), "userId", HiddenContent.COMMENTS, xml.attr("userId"));
          }
        }
      }
    }
  }
}
