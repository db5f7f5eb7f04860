package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;

/** What xl/workbook.xml says: the sheets in tab order with their visibility, names, date system. */
record WorkbookPart(
    String partName, List<Sheet> sheets, List<Name> names, boolean date1904, boolean windowHidden) {

  /** A sheet tab: a worksheet, chartsheet, dialogsheet or macro sheet. */
  record Sheet(
      int index,
      String name,
      @Nullable String part,
      String kind,
      @Nullable HiddenContent hiddenBy) {

    boolean isWorksheet() {
      return kind.equals("worksheet");
    }
  }

  /** A defined name; {@code localSheet} is the 0-based sheet it is scoped to, or null. */
  record Name(String name, @Nullable Integer localSheet, boolean hidden, String formula) {

    boolean builtIn() {
      return name.startsWith("_xlnm.");
    }
  }

  static WorkbookPart read(OoxmlPackage pkg, String partName) {
    List<Relationship> relationships = pkg.relationships(partName);
    List<Sheet> sheets = new ArrayList<>();
    List<Name> names = new ArrayList<>();
    boolean date1904 = false;
    boolean windowHidden = false;
    try (XmlPart xml = pkg.xml(partName)) {
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "workbookPr" -> date1904 = xml.flag("date1904");
          case "workbookView" -> windowHidden |= "hidden".equals(xml.attr("visibility"));
          case "sheet" -> {
            String name = xml.attr("name");
            Relationship target = Relationship.byId(relationships, xml.relationshipId());
            sheets.add(
                new Sheet(
                    sheets.size(),
                    name == null ? "Sheet" + (sheets.size() + 1) : name,
                    target == null || target.external() ? null : target.target(),
                    target == null ? "worksheet" : kind(target),
                    hiddenBy(xml.attr("state"))));
          }
          case "definedName" -> {
            String name = xml.attr("name");
            Integer local = CellStyles.integer(xml.attr("localSheetId"));
            boolean hidden = xml.flag("hidden");
            String formula = xml.text();
            if (name != null) {
              names.add(new Name(name, local, hidden, formula.trim()));
            }
          }
          default -> {
            // other workbook settings hide nothing
          }
        }
      }
    }
    if (windowHidden) {
      // The workbook window itself is hidden: no sheet shows until someone unhides the window.
      sheets.replaceAll(
          sheet ->
              sheet.hiddenBy() != null
                  ? sheet
                  : new Sheet(
                      sheet.index(),
                      sheet.name(),
                      sheet.part(),
                      sheet.kind(),
                      HiddenContent.HIDDEN_SHEET));
    }
    return new WorkbookPart(partName, sheets, names, date1904, windowHidden);
  }

  private static String kind(Relationship relationship) {
    if (relationship.is("chartsheet")) {
      return "chartsheet";
    }
    if (relationship.is("dialogsheet")) {
      return "dialogsheet";
    }
    if (relationship.type().toLowerCase(java.util.Locale.ROOT).contains("macrosheet")) {
      return "macrosheet";
    }
    return "worksheet";
  }

  private static @Nullable HiddenContent hiddenBy(@Nullable String state) {
    if ("hidden".equals(state)) {
      return HiddenContent.HIDDEN_SHEET;
    }
    if ("veryHidden".equals(state)) {
      return HiddenContent.VERY_HIDDEN_SHEET;
    }
    return null;
  }
}
