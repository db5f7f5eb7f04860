package uk.warden.inspect.format.sheet;

import org.jspecify.annotations.Nullable;

/**
 * The twelve colours of a workbook theme, by SpreadsheetML theme index. Excel numbers them lt1,
 * dk1, lt2, dk2 first although the theme part lists dk1, lt1, dk2, lt2: the pairs are swapped.
 */
final class ThemeColours {

  /** The Office 2007-2013 default theme, used when a workbook has no theme part. */
  private static final int[] OFFICE = {
    0x000000, 0xFFFFFF, 0x1F497D, 0xEEECE1, 0x4F81BD, 0xC0504D, 0x9BBB59, 0x8064A2, 0x4BACC6,
    0xF79646, 0x0000FF, 0x800080
  };

  private static final String[] SCHEME = {
    "dk1",
    "lt1",
    "dk2",
    "lt2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink"
  };

  /** In scheme order: dk1, lt1, dk2, lt2, accent1-6, hlink, folHlink. */
  private final int[] scheme;

  private ThemeColours(int[] scheme) {
    this.scheme = scheme;
  }

  static ThemeColours office() {
    return new ThemeColours(OFFICE.clone());
  }

  static ThemeColours read(OoxmlPackage pkg, @Nullable String themePart) {
    ThemeColours theme = office();
    if (themePart == null || !pkg.has(themePart)) {
      return theme;
    }
    try (XmlPart xml = pkg.xml(themePart)) {
      int slot = -1;
      while (xml.nextStart()) {
        String name = xml.localName();
        int index = indexOf(name);
        if (index >= 0
            && "http://schemas.openxmlformats.org/drawingml/2006/main".equals(xml.namespace())) {
          slot = index;
        } else if (slot >= 0 && (name.equals("srgbClr") || name.equals("sysClr"))) {
          String value = name.equals("srgbClr") ? xml.attr("val") : xml.attr("lastClr");
          Integer rgb = hex(value);
          if (rgb != null) {
            theme.scheme[slot] = rgb;
          }
          slot = -1;
        } else if (name.equals("fontScheme")) {
          break;
        }
      }
    }
    return theme;
  }

  private static int indexOf(String name) {
    for (int i = 0; i < SCHEME.length; i++) {
      if (SCHEME[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The colour for a SpreadsheetML {@code theme} attribute value, or null when out of range. */
  @Nullable Integer colour(int themeIndex) {
    if (themeIndex < 0 || themeIndex >= scheme.length) {
      return null;
    }
    int slot = themeIndex < 4 ? themeIndex ^ 1 : themeIndex;
    return scheme[slot];
  }

  /** Parses RRGGBB or AARRGGBB hex, ignoring alpha. */
  static @Nullable Integer hex(@Nullable String value) {
    if (value == null || (value.length() != 6 && value.length() != 8)) {
      return null;
    }
    try {
      return (int) (Long.parseLong(value, 16) & 0xFFFFFF);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
