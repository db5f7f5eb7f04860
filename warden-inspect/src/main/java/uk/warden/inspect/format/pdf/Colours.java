package uk.warden.inspect.format.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.jspecify.annotations.Nullable;

/**
 * Turns PDF colours into 24-bit RGB to compare text with what is behind it, and names them for
 * findings. One instance per page engine: it remembers the last colour converted, because the
 * graphics state hands the same colour object to every glyph until the colour changes.
 */
final class Colours {

  /** A colour that cannot be compared: a pattern, or one PDFBox cannot convert. */
  static final int UNKNOWN = -1;

  static final int WHITE = 0xFFFFFF;

  private static final int SAME_COLOUR_TOLERANCE = 24;

  private @Nullable PDColor last;
  private int lastRgb;

  int rgb(@Nullable PDColor colour) {
    if (colour == null) {
      return 0;
    }
    if (colour == last) {
      return lastRgb;
    }
    int rgb;
    try {
      rgb = colour.isPattern() ? UNKNOWN : colour.toRGB() & 0xFFFFFF;
    } catch (IOException | RuntimeException e) {
      rgb = UNKNOWN;
    }
    last = colour;
    lastRgb = rgb;
    return rgb;
  }

  static boolean same(int a, int b) {
    if (a == UNKNOWN || b == UNKNOWN) {
      return false;
    }
    return Math.abs(red(a) - red(b)) <= SAME_COLOUR_TOLERANCE
        && Math.abs(green(a) - green(b)) <= SAME_COLOUR_TOLERANCE
        && Math.abs(blue(a) - blue(b)) <= SAME_COLOUR_TOLERANCE;
  }

  static double luminance(int rgb) {
    return (0.2126 * red(rgb) + 0.7152 * green(rgb) + 0.0722 * blue(rgb)) / 255.0;
  }

  static boolean dark(int rgb) {
    return rgb != UNKNOWN && luminance(rgb) < 0.3;
  }

  static String name(int rgb) {
    if (rgb == UNKNOWN) {
      return "patterned";
    }
    int max = Math.max(red(rgb), Math.max(green(rgb), blue(rgb)));
    int min = Math.min(red(rgb), Math.min(green(rgb), blue(rgb)));
    if (max <= 40) {
      return "black";
    }
    if (min >= 235) {
      return "white";
    }
    if (max - min <= 24) {
      return luminance(rgb) < 0.5 ? "dark grey" : "light grey";
    }
    return luminance(rgb) < 0.3 ? "dark coloured" : "coloured";
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xFF;
  }

  private static int green(int rgb) {
    return (rgb >> 8) & 0xFF;
  }

  private static int blue(int rgb) {
    return rgb & 0xFF;
  }
}
