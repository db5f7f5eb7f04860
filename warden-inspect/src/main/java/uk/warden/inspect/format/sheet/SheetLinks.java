package uk.warden.inspect.format.sheet;

import java.util.List;
import java.util.Locale;
import uk.warden.inspect.content.HiddenContent;

/**
 * Hyperlinks of a sheet. Links to files (local, network or relative paths) reveal folder and server
 * names and lead outside the workbook, so they are reported; every target goes to the sink (it is
 * not what the cell shows), as hidden text when it names a file.
 */
final class SheetLinks {

  private SheetLinks() {}

  static void hyperlinks(
      Reporter reporter,
      OoxmlPackage pkg,
      String sheet,
      String sheetPart,
      List<SheetTail.Hyperlink> links) {
    if (links.isEmpty()) {
      return;
    }
    List<Relationship> relationships = pkg.relationships(sheetPart);
    CellSet files = new CellSet();
    int count = 0;
    for (SheetTail.Hyperlink link : links) {
      Relationship target = Relationship.byId(relationships, link.relationshipId());
      if (target == null || !target.external()) {
        continue;
      }
      if (fileTarget(target.target())) {
        count++;
        int[] area = A1.parseArea(link.ref());
        if (area != null) {
          files.add(area[0], area[1]);
        }
        reporter.text(sheet, link.ref(), HiddenContent.EXTERNAL_LINK, target.target());
      } else {
        reporter.text(sheet, link.ref(), null, target.target());
      }
    }
    if (count > 0) {
      reporter.structure(
          HiddenContent.EXTERNAL_LINK,
          sheet,
          files.location(),
          count,
          "%s on sheet '%s' %s to files (local, network or relative paths)"
              .formatted(
                  Sizes.count(count, "hyperlink", "hyperlinks"),
                  sheet,
                  count == 1 ? "leads" : "lead"));
    }
  }

  /** Whether a link target is a file rather than a web page or an e-mail address. */
  static boolean fileTarget(String target) {
    String lower = target.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("file:") || lower.startsWith("\\\\") || lower.startsWith("//")) {
      return true;
    }
    if (lower.length() > 2
        && Character.isLetter(lower.charAt(0))
        && lower.charAt(1) == ':'
        && (lower.charAt(2) == '\\' || lower.charAt(2) == '/')) {
      return true;
    }
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
    return !hasScheme && !lower.startsWith("#");
  }
}
