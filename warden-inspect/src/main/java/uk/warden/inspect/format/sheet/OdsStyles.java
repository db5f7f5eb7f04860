package uk.warden.inspect.format.sheet;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OpenDocument styles that matter for visibility: table styles with {@code table:display="false"}
 * (a hidden sheet) and cell styles whose text colour matches the background or whose font is tiny.
 * Styles inherit through {@code style:parent-style-name}; common styles come from styles.xml,
 * automatic ones from content.xml.
 */
final class OdsStyles {

  private static final int MAX_PARENTS = 16;

  private static final class Style {
    @Nullable String parent;
    @Nullable String colour;
    @Nullable String size;
    @Nullable String background;
    @Nullable String display;
  }

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, CellStyles.Concealment> judged = new HashMap<>();
  private @Nullable Style current;

  /** Called for each start element while inside a styles container. */
  void element(XmlPart xml) {
    switch (xml.localName()) {
      case "style", "default-style" -> {
        String name =
            xml.localName().equals("style") ? xml.attr("name") : "default-" + xml.attr("family");
        current = new Style();
        current.parent = xml.attr("parent-style-name");
        if (name != null) {
          styles.put(name, current);
        }
      }
      case "text-properties" -> {
        if (current != null) {
          current.colour = firstNonNull(xml.attr("color"), current.colour);
          current.size = firstNonNull(xml.attr("font-size"), current.size);
        }
      }
      case "table-cell-properties" -> {
        if (current != null) {
          current.background = firstNonNull(xml.attr("background-color"), current.background);
        }
      }
      case "table-properties" -> {
        if (current != null) {
          current.display = firstNonNull(xml.attr("display"), current.display);
        }
      }
      default -> {
        // paragraph, column and number styles do not hide content
      }
    }
  }

  boolean tableHidden(@Nullable String styleName) {
    Style style = styleName == null ? null : styles.get(styleName);
    return style != null && "false".equals(style.display);
  }

  CellStyles.Concealment concealment(@Nullable String styleName) {
    String key = styleName == null ? "Default" : styleName;
    return judged.computeIfAbsent(key, this::judge);
  }

  private CellStyles.Concealment judge(String name) {
    String colour = null;
    String size = null;
    String background = null;
    Style style = styles.get(name);
    for (int i = 0; style != null && i < MAX_PARENTS; i++) {
      colour = firstNonNull(colour, style.colour);
      size = firstNonNull(size, style.size);
      background = firstNonNull(background, style.background);
      style = style.parent == null ? null : styles.get(style.parent);
    }
    Style defaults = styles.get("default-table-cell");
    if (defaults != null) {
      colour = firstNonNull(colour, defaults.colour);
      size = firstNonNull(size, defaults.size);
      background = firstNonNull(background, defaults.background);
    }
    double points = points(size);
    if (points > 0 && points <= 2.0) {
      return CellStyles.Concealment.TINY_FONT;
    }
    Integer text = colour(colour, Colours.BLACK);
    Integer behind = colour(background, Colours.WHITE);
    if (text != null && behind != null && Colours.indistinguishable(text, behind)) {
      return CellStyles.Concealment.FONT_MATCHES_FILL;
    }
    return CellStyles.Concealment.NONE;
  }

  private static @Nullable Integer colour(@Nullable String value, int otherwise) {
    if (value == null || value.equals("transparent")) {
      return otherwise;
    }
    return value.startsWith("#") ? ThemeColours.hex(value.substring(1)) : null;
  }

  static double points(@Nullable String size) {
    if (size == null) {
      return 0;
    }
    try {
      if (size.endsWith("pt")) {
        return Double.parseDouble(size.substring(0, size.length() - 2));
      }
      if (size.endsWith("mm")) {
        return Double.parseDouble(size.substring(0, size.length() - 2)) * 72 / 25.4;
      }
      if (size.endsWith("cm")) {
        return Double.parseDouble(size.substring(0, size.length() - 2)) * 72 / 2.54;
      }
      if (size.endsWith("in")) {
        return Double.parseDouble(size.substring(0, size.length() - 2)) * 72;
      }
    } catch (NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
