package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.PaletteRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.jspecify.annotations.Nullable;

/**
 * The cell formats (XF records) of an XLS workbook, with the fonts, number formats and palette they
 * use, judged like {@link CellStyles}: empty number formats, text coloured as its fill, tiny fonts.
 * Collected from the workbook globals, which precede every sheet.
 */
final class XlsStyles {

  /** BIFF's "automatic" colour index for fonts, and the system colours. */
  private static final int AUTOMATIC = 0x7FFF;

  private static final int SYSTEM_TEXT = 64;
  private static final int SYSTEM_BACKGROUND = 65;
  private static final int SOLID = 1;

  /** Indexes 0-7 are BIFF's fixed colours, outside the palette record. */
  private static final int[] FIXED = {
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF
  };

  private final List<ExtendedFormatRecord> xfs = new ArrayList<>();
  private final List<FontRecord> fonts = new ArrayList<>();
  private final Map<Integer, String> formats = new HashMap<>();
  private PaletteRecord palette = new PaletteRecord();
  private final Map<Integer, CellStyles.Concealment[]> judged = new HashMap<>();

  void add(ExtendedFormatRecord xf) {
    xfs.add(xf);
  }

  void add(FontRecord font) {
    fonts.add(font);
  }

  void add(FormatRecord format) {
    formats.put(format.getIndexCode(), format.getFormatString());
  }

  void palette(PaletteRecord custom) {
    palette = custom;
  }

  int formatIndex(int xf) {
    return xf >= 0 && xf < xfs.size() ? xfs.get(xf).getFormatIndex() : 0;
  }

  @Nullable String formatCode(int xf) {
    int index = formatIndex(xf);
    String custom = formats.get(index);
    return custom != null ? custom : BuiltinFormats.getBuiltinFormat(index);
  }

  CellStyles.Concealment forNumber(int xf) {
    return judge(xf)[0];
  }

  CellStyles.Concealment forText(int xf) {
    return judge(xf)[1];
  }

  private CellStyles.Concealment[] judge(int xf) {
    return judged.computeIfAbsent(xf, this::judgeNow);
  }

  private CellStyles.Concealment[] judgeNow(int xf) {
    if (xf < 0 || xf >= xfs.size()) {
      return new CellStyles.Concealment[] {
        CellStyles.Concealment.NONE, CellStyles.Concealment.NONE
      };
    }
    String code = formatCode(xf);
    CellStyles.Concealment look = look(xfs.get(xf));
    return new CellStyles.Concealment[] {
      code != null && NumberFormatSections.hidesNumbers(code)
          ? CellStyles.Concealment.EMPTY_FORMAT
          : look,
      code != null && NumberFormatSections.hidesText(code)
          ? CellStyles.Concealment.EMPTY_FORMAT
          : look
    };
  }

  private CellStyles.Concealment look(ExtendedFormatRecord xf) {
    int fontIndex = xf.getFontIndex();
    // BIFF has no font 4: indexes above it are one past their position in the list.
    int position = fontIndex >= 4 ? fontIndex - 1 : fontIndex;
    if (position < 0 || position >= fonts.size()) {
      return CellStyles.Concealment.NONE;
    }
    FontRecord font = fonts.get(position);
    double points = font.getFontHeight() / 20.0;
    if (points > 0 && points <= 2.0) {
      return CellStyles.Concealment.TINY_FONT;
    }
    Integer text = colour(font.getColorPaletteIndex(), Colours.BLACK);
    Integer background =
        xf.getAdtlFillPattern() == 0
            ? Integer.valueOf(Colours.WHITE)
            : xf.getAdtlFillPattern() == SOLID
                ? colour(xf.getFillForeground(), Colours.BLACK)
                : null;
    if (text != null && background != null && Colours.indistinguishable(text, background)) {
      return CellStyles.Concealment.FONT_MATCHES_FILL;
    }
    return CellStyles.Concealment.NONE;
  }

  private @Nullable Integer colour(int index, int automatic) {
    if (index == AUTOMATIC || index == SYSTEM_TEXT) {
      return index == SYSTEM_TEXT ? Colours.BLACK : automatic;
    }
    if (index == SYSTEM_BACKGROUND) {
      return Colours.WHITE;
    }
    if (index >= 0 && index < FIXED.length) {
      return FIXED[index];
    }
    byte[] rgb = palette.getColor(index);
    if (rgb == null) {
      return null;
    }
    return ((rgb[0] & 0xFF) << 16) | ((rgb[1] & 0xFF) << 8) | (rgb[2] & 0xFF);
  }
}
