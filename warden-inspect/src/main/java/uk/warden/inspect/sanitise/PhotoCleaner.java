package uk.warden.inspect.sanitise;

import java.nio.charset.StandardCharsets;
import uk.warden.inspect.content.UnreadableException;

/**
 * Takes the metadata out of an officer's photo before it goes to a supplier: GPS position, camera
 * serial numbers, names and captions travel in EXIF, XMP, IPTC, comments, thumbnails and PNG text,
 * none of which the supplier needs. Only whole blocks are dropped and nothing is re-encoded, so the
 * picture leaves exactly as it was taken. Only JPEG and PNG are accepted: for any other format
 * there is no lossless way here to be sure nothing is left behind.
 */
public final class PhotoCleaner {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PhotoCleaner() {}

  /**
   * Returns the same picture with its metadata removed, or throws naming the reason: a format other
   * than JPEG or PNG, or a file that is damaged or truncated.
   */
  public static CleanedPhoto clean(byte[] photo) throws UnreadableException {
    if (startsWith(photo, JPEG)) {
      return JpegStrip.clean(photo);
    }
    if (startsWith(photo, PNG)) {
      return PngStrip.clean(photo);
    }
    throw new UnreadableException(
        "this " + otherFormat(photo) + " is not accepted for photos: only JPEG and PNG images are");
  }

  /** Names the common formats people send as photos, so the refusal says what to convert from. */
  private static String otherFormat(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 12), StandardCharsets.ISO_8859_1);
    if (head.startsWith("GIF8")) {
      return "GIF image";
    }
    if (head.startsWith("II*\0") || head.startsWith("MM\0*")) {
      return "TIFF image";
    }
    if (head.startsWith("RIFF") && head.length() == 12 && head.endsWith("WEBP")) {
      return "WebP image";
    }
    if (head.length() == 12 && head.startsWith("ftyp", 4)) {
      return "HEIC or AVIF image";
    }
    if (head.startsWith("BM")) {
      return "BMP image";
    }
    return "file";
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    return startsWith(bytes, 0, bytes.length, prefix);
  }

  /** Whether {@code bytes[from, to)} begins with {@code prefix}. */
  static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
