package uk.warden.inspect.sanitise;

import static uk.warden.inspect.sanitise.PhotoCleaner.ascii;
import static uk.warden.inspect.sanitise.PhotoCleaner.startsWith;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.PngChunks;

/**
 * A PNG without its metadata, chunk by chunk: the image chunks and the ancillaries that change how
 * it is shown (transparency, gamma, colour, resolution) are copied with their CRCs, everything else
 * goes. Kept chunks are listed rather than dropped ones, so an unknown chunk carrying text goes
 * too.
 */
final class PngStrip {

  private static final Set<String> KEPT =
      Set.of(
          "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD",
          "pHYs");

  private static final byte[] XMP_KEYWORD = ascii("XML:com.adobe.xmp\0");

  private PngStrip() {}

  static CleanedPhoto clean(byte[] png) throws UnreadableException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
    out.write(png, 0, 8); // signature
    Set<String> removed = new LinkedHashSet<>();
    boolean[] seen = {false, false}; // the header, image data
    int end =
        PngChunks.walk(
            png,
            (type, from, data, to) -> {
              checkType(png, from + 4);
              if (!seen[0] && !type.equals("IHDR")) {
                throw new UnreadableException(
                    "the image is damaged: the PNG does not start with its header chunk");
              }
              seen[0] = true;
              seen[1] |= type.equals("IDAT");
              String dropped = dropped(png, type, data, to - 4);
              if (dropped == null) {
                out.write(png, from, to - from);
              } else {
                removed.add(dropped);
              }
            });
    if (!seen[1]) {
      throw new UnreadableException("the image is damaged: the PNG has no image data");
    }
    if (end < png.length) {
      removed.add("data after the end of the image (" + (png.length - end) + " bytes)");
    }
    return new CleanedPhoto(out.toByteArray(), "png", List.copyOf(removed));
  }

  /** What the chunk is, in words, when it goes; null when it is part of the picture. */
  private static @Nullable String dropped(byte[] png, String type, int data, int end)
      throws UnreadableException {
    if (KEPT.contains(type)) {
      return null;
    }
    return switch (type) {
      case "iTXt" ->
          startsWith(png, data, end, XMP_KEYWORD)
              ? "XMP (PNG text chunk iTXt)"
              : "PNG text chunk iTXt";
      case "tEXt", "zTXt" -> "PNG text chunk " + type;
      case "eXIf" -> ExifSummary.describe(png, data, end);
      case "tIME" -> "time of last change (PNG chunk tIME)";
      default -> {
        if (Character.isUpperCase(type.charAt(0))) {
          // A chunk a decoder must understand: without it the picture could change or break.
          throw new UnreadableException(
              "the PNG has a critical chunk the photo cleaner does not know (" + type + ")");
        }
        yield "PNG chunk " + type;
      }
    };
  }

  /** Chunk types are four ASCII letters; anything else means the walk has lost its place. */
  private static void checkType(byte[] png, int at) throws UnreadableException {
    for (int i = at; i < at + 4; i++) {
      int c = png[i] & 0xFF;
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        throw new UnreadableException("the image is damaged: a PNG chunk has an invalid type");
      }
    }
  }
}
