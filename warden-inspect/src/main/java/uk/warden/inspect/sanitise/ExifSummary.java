package uk.warden.inspect.sanitise;

import java.util.ArrayList;
import java.util.List;

/**
 * Names an EXIF block for the list of what was removed, calling out what a user most needs to hear
 * went: a GPS position and a preview thumbnail (which may show the picture before it was cropped).
 * The block is dropped whatever it holds, so a damaged one is simply called "EXIF".
 */
final class ExifSummary {

  private static final int GPS_IFD = 0x8825;

  private ExifSummary() {}

  /**
   * @param from where the TIFF header starts ("II" or "MM")
   */
  static String describe(byte[] b, int from, int to) {
    List<String> notable = new ArrayList<>();
    if (to - from >= 8 && (b[from] == 'I' || b[from] == 'M') && b[from + 1] == b[from]) {
      boolean little = b[from] == 'I';
      long ifd0 = u32(b, from + 4, little);
      if (ifd0 >= 8 && ifd0 <= to - from - 2L) {
        int at = from + (int) ifd0;
        int count = u16(b, at, little);
        long next = at + 2L + 12L * count;
        for (int i = 0; i < count && at + 2 + 12 * i + 12 <= to; i++) {
          if (u16(b, at + 2 + 12 * i, little) == GPS_IFD) {
            notable.add("GPS position");
            break;
          }
        }
        // IFD1, when there is one, describes the thumbnail.
        if (next + 4 <= to && u32(b, (int) next, little) != 0) {
          notable.add("thumbnail");
        }
      }
    }
    return notable.isEmpty() ? "EXIF" : "EXIF (with " + String.join(" and ", notable) + ")";
  }

  private static int u16(byte[] b, int at, boolean little) {
    int first = b[at] & 0xFF;
    int second = b[at + 1] & 0xFF;
    return little ? first | second << 8 : first << 8 | second;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      int shift = little ? 8 * i : 8 * (3 - i);
      value |= (b[at + i] & 0xFFL) << shift;
    }
    return value;
  }
}
