package uk.warden.inspect.format.sheet;

import uk.warden.inspect.content.HiddenContent;

/**
 * Text in a sheet's drawing: text boxes and shapes (which can sit over cells), and the alternative
 * text of pictures. Shapes marked hidden keep their text; it is handed over as hidden text and
 * counted.
 */
final class DrawingText {

  private DrawingText() {}

  static void report(Reporter reporter, OoxmlPackage pkg, String sheet, String drawingPart) {
    int hiddenShapes = 0;
    try (XmlPart xml = pkg.xml(drawingPart)) {
      boolean hidden = false;
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "cNvPr" -> {
            hidden = xml.flag("hidden");
            reporter.text(
                sheet, drawingPart, hidden ? HiddenContent.HIDDEN_TEXT : null, xml.attr("descr"));
          }
          case "txBody" -> {
            String text = xml.text();
            if (!text.isBlank()) {
              reporter.text(sheet, drawingPart, hidden ? HiddenContent.HIDDEN_TEXT : null, text);
              if (hidden) {
                hiddenShapes++;
              }
            }
          }
          default -> {
            // anchors and shape properties hold no text
          }
        }
      }
    }
    if (hiddenShapes > 0) {
      reporter.structure(
          HiddenContent.HIDDEN_TEXT,
          sheet,
          drawingPart,
          hiddenShapes,
          "sheet '%s' has %s with text marked hidden"
              .formatted(sheet, Sizes.count(hiddenShapes, "shape", "shapes")));
    }
  }
}
