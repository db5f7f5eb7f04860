package uk.warden.inspect.sanitise;

import static uk.warden.inspect.sanitise.PhotoCleaner.ascii;
import static uk.warden.inspect.sanitise.PhotoCleaner.startsWith;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.JpegSegments;

/**
 * A JPEG without its metadata, at segment level: the tables, frame, scans and their image data are
 * copied byte for byte, so the picture decodes exactly as before. What is kept is listed, not what
 * is dropped, so a metadata block nobody has heard of yet goes too.
 */
final class JpegStrip {

  private static final int APP0 = 0xE0;
  private static final int APP1 = 0xE1;
  private static final int APP2 = 0xE2;
  private static final int APP13 = 0xED;
  private static final int APP14 = 0xEE;
  private static final int COM = 0xFE;

  private static final byte[] JFIF = ascii("JFIF\0");
  private static final byte[] JFXX = ascii("JFXX\0");
  private static final byte[] EXIF = ascii("Exif\0\0");
  private static final byte[] XMP = ascii("http://ns.adobe.com/xap/1.0/\0");
  private static final byte[] XMP_EXTENSION = ascii("http://ns.adobe.com/xmp/extension/\0");
  private static final byte[] ICC = ascii("ICC_PROFILE\0");
  private static final byte[] MPF = ascii("MPF\0");
  private static final byte[] PHOTOSHOP = ascii("Photoshop 3.0\0");
  private static final byte[] ADOBE = ascii("Adobe");

  /** A JFIF header without its thumbnail: identifier, version, units, densities, 0×0 thumbnail. */
  private static final int JFIF_LENGTH = 16;

  private JpegStrip() {}

  static CleanedPhoto clean(byte[] jpeg) throws UnreadableException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(jpeg, 0, 2); // start of image
    Set<String> removed = new LinkedHashSet<>();
    boolean[] seen = {false, false}; // a frame header, a scan
    int end =
        JpegSegments.walk(
            jpeg,
            (marker, from, to) -> {
              if (marker == JpegSegments.SOS) {
                if (!seen[0]) {
                  throw new UnreadableException(
                      "the image is damaged: the JPEG has image data before its frame header");
                }
                seen[1] = true;
              } else if (frame(marker)) {
                seen[0] = true;
              }
              if (marker == APP0 && thumbnail(jpeg, from, to)) {
                removed.add("JFIF thumbnail");
                out.write(new byte[] {(byte) 0xFF, (byte) APP0, 0, JFIF_LENGTH}, 0, 4);
                out.write(jpeg, from + 4, JFIF_LENGTH - 4);
                out.write(new byte[] {0, 0}, 0, 2);
                return;
              }
              String dropped = dropped(jpeg, marker, from, to);
              if (dropped == null) {
                out.write(jpeg, from, to - from);
              } else {
                removed.add(dropped);
              }
            });
    if (!seen[1]) {
      throw new UnreadableException("the image is damaged: the JPEG has no image data");
    }
    if (end < jpeg.length) {
      removed.add("data after the end of the image (" + (jpeg.length - end) + " bytes)");
    }
    return new CleanedPhoto(out.toByteArray(), "jpeg", List.copyOf(removed));
  }

  /** What the segment is, in words, when it goes; null when it is part of the picture. */
  private static @Nullable String dropped(byte[] jpeg, int marker, int from, int to)
      throws UnreadableException {
    int payload = from + 4;
    if (marker == JpegSegments.IMAGE_DATA || structural(marker)) {
      return null;
    }
    return switch (marker) {
      case APP0 ->
          startsWith(jpeg, payload, to, JFIF)
              ? null
              : startsWith(jpeg, payload, to, JFXX) ? "JFIF thumbnail" : "APP0 segment";
      case APP1 -> {
        if (startsWith(jpeg, payload, to, EXIF)) {
          yield ExifSummary.describe(jpeg, payload + EXIF.length, to);
        }
        if (startsWith(jpeg, payload, to, XMP)) {
          yield "XMP";
        }
        yield startsWith(jpeg, payload, to, XMP_EXTENSION) ? "XMP (extended)" : "APP1 segment";
      }
      // The colour profile changes how the picture looks, so it stays.
      case APP2 ->
          startsWith(jpeg, payload, to, ICC)
              ? null
              : startsWith(jpeg, payload, to, MPF)
                  ? "multi-picture data (MPF: other images after the end of this one)"
                  : "APP2 segment";
      case APP13 ->
          startsWith(jpeg, payload, to, PHOTOSHOP) ? "IPTC and Photoshop data" : "APP13 segment";
      // Adobe's segment says whether the colours are YCbCr, YCCK or CMYK: without it they change.
      case APP14 -> startsWith(jpeg, payload, to, ADOBE) ? null : "APP14 segment";
      case COM -> "comment";
      default -> {
        if (marker >= APP0 && marker <= 0xEF) {
          yield "APP" + (marker - APP0) + " segment";
        }
        // Not metadata as far as anyone knows, but not known to be harmless either.
        throw new UnreadableException(
            "the JPEG uses a marker the photo cleaner does not handle (0xFF"
                + Integer.toHexString(marker).toUpperCase(java.util.Locale.ROOT)
                + ")");
      }
    };
  }

  /** The tables, frame and scan headers, and the end of the image: what a decoder needs. */
  private static boolean structural(int marker) {
    return frame(marker)
        || marker == 0xC4 // DHT
        || marker == 0xCC // DAC
        || marker == 0xDB // DQT
        || marker == 0xDD // DRI
        || marker == 0xDC // DNL
        || marker == JpegSegments.SOS
        || marker == JpegSegments.EOI;
  }

  private static boolean frame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** A JFIF header may carry an uncompressed thumbnail after its fixed fields. */
  private static boolean thumbnail(byte[] jpeg, int from, int to) {
    return startsWith(jpeg, from + 4, to, JFIF) && to - from > JFIF_LENGTH + 2;
  }
}
