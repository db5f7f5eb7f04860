package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.jspecify.annotations.Nullable;

/**
 * Which cell formats ({@code cellXfs} of styles.xml) make a cell's content invisible, and why: a
 * number format with empty sections, a font coloured like the fill behind it, or a font of 2 pt or
 * less. Each format is judged once; cells look their format up by index.
 */
final class CellStyles {

  /** Why a format hides content; NONE for a visible format. */
  enum Concealment {
    NONE(""),
    EMPTY_FORMAT("an empty number format such as ;;;"),
    FONT_MATCHES_FILL("text coloured as the fill behind it"),
    TINY_FONT("a font of 2 pt or less");

    private final String description;

    Concealment(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  private static final double TINY_POINTS = 2.0;

  private final Concealment[] numbers;
  private final Concealment[] text;
  private final boolean any;
  private final int[] formatIds;
  private final @Nullable String[] codes;

  private CellStyles(
      Concealment[] numbers, Concealment[] text, int[] formatIds, @Nullable String[] codes) {
    this.numbers = numbers;
    this.text = text;
    this.formatIds = formatIds;
    this.codes = codes;
    boolean found = false;
    for (int i = 0; i < numbers.length; i++) {
      found |= numbers[i] != Concealment.NONE || text[i] != Concealment.NONE;
    }
    this.any = found;
  }

  static CellStyles none() {
    return new CellStyles(new Concealment[0], new Concealment[0], new int[0], new String[0]);
  }

  /** Whether any format hides content, i.e. whether sheets need their cells' formats checked. */
  boolean anyConcealing() {
    return any;
  }

  /** The number format id of a cell format (0, General, when unknown). */
  int formatId(int xf) {
    return xf >= 0 && xf < formatIds.length ? formatIds[xf] : 0;
  }

  /** The number format code of a cell format, custom or built in; null when unknown. */
  @Nullable String formatCode(int xf) {
    return xf >= 0 && xf < codes.length ? codes[xf] : null;
  }

  Concealment forNumber(int xf) {
    return xf >= 0 && xf < numbers.length ? numbers[xf] : Concealment.NONE;
  }

  Concealment forText(int xf) {
    return xf >= 0 && xf < text.length ? text[xf] : Concealment.NONE;
  }

  static CellStyles read(OoxmlPackage pkg, @Nullable String stylesPart, ThemeColours theme) {
    if (stylesPart == null || !pkg.has(stylesPart)) {
      return none();
    }
    Map<Integer, String> formats = new HashMap<>();
    List<Font> fonts = new ArrayList<>();
    List<Fill> fills = new ArrayList<>();
    List<int[]> xfs = new ArrayList<>();
    Map<Integer, Integer> palette = new HashMap<>();
    try (XmlPart xml = pkg.xml(stylesPart)) {
      while (xml.nextStart()) {
        switch (xml.localName()) {
          case "numFmt" -> {
            Integer id = integer(xml.attr("numFmtId"));
            String code = xml.attr("formatCode");
            if (id != null && code != null) {
              formats.put(id, code);
            }
          }
          case "fonts" -> readFonts(xml, fonts);
          case "fills" -> readFills(xml, fills);
          case "cellXfs" -> readXfs(xml, xfs);
          case "indexedColors" -> readPalette(xml, palette);
          case "cellStyleXfs", "dxfs", "extLst", "tableStyles" -> xml.skip();
          default -> {
            // other style elements do not affect visibility
          }
        }
      }
    }
    ColourLookup colours = new ColourLookup(theme, palette);
    Concealment[] numbers = new Concealment[xfs.size()];
    Concealment[] text = new Concealment[xfs.size()];
    for (int i = 0; i < xfs.size(); i++) {
      int[] xf = xfs.get(i);
      String code = formats.get(xf[0]);
      Concealment look = lookOf(xf, fonts, fills, colours);
      numbers[i] =
          code != null && NumberFormatSections.hidesNumbers(code) ? Concealment.EMPTY_FORMAT : look;
      text[i] =
          code != null && NumberFormatSections.hidesText(code) ? Concealment.EMPTY_FORMAT : look;
    }
    int[] formatIds = new int[xfs.size()];
    String[] codes = new String[xfs.size()];
    for (int i = 0; i < xfs.size(); i++) {
      formatIds[i] = xfs.get(i)[0];
      String custom = formats.get(formatIds[i]);
      codes[i] = custom != null ? custom : BuiltinFormats.getBuiltinFormat(formatIds[i]);
    }
    return new CellStyles(numbers, text, formatIds, codes);
  }

  private static Concealment lookOf(
      int[] xf, List<Font> fonts, List<Fill> fills, ColourLookup colours) {
    Font font = xf[1] >= 0 && xf[1] < fonts.size() ? fonts.get(xf[1]) : null;
    if (font == null) {
      return Concealment.NONE;
    }
    if (font.points() > 0 && font.points() <= TINY_POINTS) {
      return Concealment.TINY_FONT;
    }
    Fill fill = xf[2] >= 0 && xf[2] < fills.size() ? fills.get(xf[2]) : Fill.NONE;
    Integer background = fill.behindText(colours);
    ColourSpec spec = font.colour();
    Integer text =
        spec == null ? Integer.valueOf(Colours.BLACK) : colours.resolve(spec, Colours.BLACK);
    if (background != null && text != null && Colours.indistinguishable(text, background)) {
      return Concealment.FONT_MATCHES_FILL;
    }
    return Concealment.NONE;
  }

  private static void readFonts(XmlPart xml, List<Font> fonts) {
    int depth = xml.depth();
    double points = 0;
    ColourSpec colour = null;
    boolean inFont = false;
    while (xml.nextStartWithin(depth)) {
      switch (xml.localName()) {
        case "font" -> {
          if (inFont) {
            fonts.add(new Font(points, colour));
          }
          inFont = true;
          points = 0;
          colour = null;
        }
        case "sz" -> points = decimal(xml.attr("val"));
        case "color" -> colour = ColourSpec.of(xml);
        default -> {
          // name, family, bold and the like do not hide text
        }
      }
    }
    if (inFont) {
      fonts.add(new Font(points, colour));
    }
  }

  private static void readFills(XmlPart xml, List<Fill> fills) {
    int depth = xml.depth();
    String pattern = null;
    ColourSpec colour = null;
    while (xml.nextStartWithin(depth)) {
      switch (xml.localName()) {
        case "fill" -> {
          if (pattern != null) {
            fills.add(new Fill(pattern, colour));
          }
          pattern = "none";
          colour = null;
        }
        case "patternFill" -> {
          String type = xml.attr("patternType");
          pattern = type == null ? "none" : type;
        }
        case "fgColor" -> colour = ColourSpec.of(xml);
        case "gradientFill" -> pattern = "gradient";
        default -> {
          // bgColor only matters for patterns, which are not judged
        }
      }
    }
    if (pattern != null) {
      fills.add(new Fill(pattern, colour));
    }
  }

  private static void readXfs(XmlPart xml, List<int[]> xfs) {
    int depth = xml.depth();
    while (xml.nextStartWithin(depth)) {
      if (xml.is("xf")) {
        xfs.add(
            new int[] {
              orZero(integer(xml.attr("numFmtId"))),
              orZero(integer(xml.attr("fontId"))),
              orZero(integer(xml.attr("fillId")))
            });
      }
    }
  }

  private static void readPalette(XmlPart xml, Map<Integer, Integer> palette) {
    int depth = xml.depth();
    int index = 0;
    while (xml.nextStartWithin(depth)) {
      if (xml.is("rgbColor")) {
        Integer rgb = ThemeColours.hex(xml.attr("rgb"));
        if (rgb != null) {
          palette.put(index, rgb);
        }
        index++;
      }
    }
  }

  static @Nullable Integer integer(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int orZero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }

  private static double decimal(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private record Font(double points, @Nullable ColourSpec colour) {}

  /** A cell fill: none shows the white sheet, solid its colour; patterns are not judged. */
  private record Fill(String pattern, @Nullable ColourSpec colour) {
    static final Fill NONE = new Fill("none", null);

    @Nullable Integer behindText(ColourLookup colours) {
      return switch (pattern) {
        case "none" -> Colours.WHITE;
        case "solid" ->
            colour == null
                ? Integer.valueOf(Colours.BLACK)
                : colours.resolve(colour, Colours.BLACK);
        default -> null;
      };
    }
  }

  /**
   * A colour as styles.xml gives it: direct, by theme with tint, by palette index, or automatic.
   */
  record ColourSpec(
      @Nullable Integer rgb,
      @Nullable Integer theme,
      double tint,
      @Nullable Integer indexed,
      boolean auto) {

    static ColourSpec of(XmlPart xml) {
      return new ColourSpec(
          ThemeColours.hex(xml.attr("rgb")),
          integer(xml.attr("theme")),
          decimal(xml.attr("tint")),
          integer(xml.attr("indexed")),
          xml.flag("auto"));
    }
  }

  /** Resolves colour specs against the theme and the (possibly customised) indexed palette. */
  static final class ColourLookup {
    private final ThemeColours theme;
    private final Map<Integer, Integer> palette;

    ColourLookup(ThemeColours theme, Map<Integer, Integer> palette) {
      this.theme = theme;
      this.palette = palette;
    }

    /** The RGB of a spec; {@code automatic} stands for auto and the system colours 64/65. */
    @Nullable Integer resolve(ColourSpec spec, int automatic) {
      Integer base;
      if (spec.auto()) {
        base = automatic;
      } else if (spec.rgb() != null) {
        base = spec.rgb();
      } else if (spec.theme() != null) {
        base = theme.colour(spec.theme());
      } else if (spec.indexed() != null) {
        base = indexed(spec.indexed(), automatic);
      } else {
        base = automatic;
      }
      return base == null ? null : Colours.tint(base, spec.tint());
    }

    private @Nullable Integer indexed(int index, int automatic) {
      if (index == 64 || index == 65) {
        return index == 64 ? Colours.BLACK : Colours.WHITE;
      }
      Integer custom = palette.get(index);
      if (custom != null) {
        return custom;
      }
      byte[] rgb = DefaultIndexedColorMap.getDefaultRGB(index);
      if (rgb == null) {
        return automatic;
      }
      return ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
    }
  }
}
