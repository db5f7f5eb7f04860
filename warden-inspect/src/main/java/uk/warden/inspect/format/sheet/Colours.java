package uk.warden.inspect.format.sheet;

/**
 * Colour arithmetic for deciding whether text shows against what is behind it: Excel's tint (a
 * lightness shift in HLS space) and the WCAG contrast ratio between two sRGB colours.
 */
final class Colours {

  static final int BLACK = 0x000000;
  static final int WHITE = 0xFFFFFF;

  /**
   * Below this contrast ratio text is taken as invisible. WCAG asks 4.5 for legible text; 1.2 is
   * white on the palest Office grey (F2F2F2 is 1.12), i.e. effectively the same colour.
   */
  static final double INVISIBLE_CONTRAST = 1.2;

  private Colours() {}

  static boolean indistinguishable(int foreground, int background) {
    return contrast(foreground, background) < INVISIBLE_CONTRAST;
  }

  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** Excel's tint: negative darkens, positive lightens, applied to HLS lightness. */
  static int tint(int rgb, double tint) {
    if (tint == 0) {
      return rgb;
    }
    double r = ((rgb >> 16) & 0xFF) / 255.0;
    double g = ((rgb >> 8) & 0xFF) / 255.0;
    double b = (rgb & 0xFF) / 255.0;
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double lightness = (max + min) / 2;
    double hue = 0;
    double saturation = 0;
    if (max != min) {
      double delta = max - min;
      saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
      if (max == r) {
        hue = (g - b) / delta + (g < b ? 6 : 0);
      } else if (max == g) {
        hue = (b - r) / delta + 2;
      } else {
        hue = (r - g) / delta + 4;
      }
      hue /= 6;
    }
    lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
    return hlsToRgb(hue, lightness, saturation);
  }

  private static int hlsToRgb(double hue, double lightness, double saturation) {
    double r;
    double g;
    double b;
    if (saturation == 0) {
      r = g = b = lightness;
    } else {
      double q =
          lightness < 0.5
              ? lightness * (1 + saturation)
              : lightness + saturation - lightness * saturation;
      double p = 2 * lightness - q;
      r = hueToChannel(p, q, hue + 1.0 / 3);
      g = hueToChannel(p, q, hue);
      b = hueToChannel(p, q, hue - 1.0 / 3);
    }
    return (toByte(r) << 16) | (toByte(g) << 8) | toByte(b);
  }

  private static double hueToChannel(double p, double q, double t) {
    double h = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (h < 1.0 / 6) {
      return p + (q - p) * 6 * h;
    }
    if (h < 0.5) {
      return q;
    }
    if (h < 2.0 / 3) {
      return p + (q - p) * (2.0 / 3 - h) * 6;
    }
    return p;
  }

  private static int toByte(double value) {
    return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
  }
}
