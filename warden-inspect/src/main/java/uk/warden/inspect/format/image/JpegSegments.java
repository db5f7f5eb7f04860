package uk.warden.inspect.format.image;

import uk.warden.inspect.content.UnreadableException;

/**
 * Walks a JPEG's marker segments up to the image data and checks that the image data ends. The
 * metadata library stops reading at the image data, so without this a JPEG cut off half way would
 * pass as whole.
 */
final class JpegSegments {

  private static final int SOS = 0xDA;
  private static final int EOI = 0xD9;

  private JpegSegments() {}

  static void check(byte[] jpeg) throws UnreadableException {
    int pos = 2;
    while (true) {
      if (pos >= jpeg.length) {
        throw truncated();
      }
      if ((jpeg[pos] & 0xFF) != 0xFF) {
        throw new UnreadableException("the image is damaged: a JPEG segment is malformed");
      }
      while (pos < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
        pos++; // a marker, after any fill bytes
      }
      if (pos >= jpeg.length) {
        throw truncated();
      }
      int marker = jpeg[pos] & 0xFF;
      pos++;
      if (marker == EOI) {
        return;
      }
      if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
        continue; // markers without a length
      }
      if (pos + 2 > jpeg.length) {
        throw truncated();
      }
      int length = ((jpeg[pos] & 0xFF) << 8) | (jpeg[pos + 1] & 0xFF);
      if (length < 2 || pos + length > jpeg.length) {
        throw truncated();
      }
      pos += length;
      if (marker == SOS) {
        if (!endsImageData(jpeg, pos)) {
          throw truncated();
        }
        return;
      }
    }
  }

  /** Image data is byte-stuffed, so an end-of-image marker cannot occur in it by accident. */
  private static boolean endsImageData(byte[] jpeg, int from) {
    for (int i = jpeg.length - 2; i >= from; i--) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == EOI) {
        return true;
      }
    }
    return false;
  }

  private static UnreadableException truncated() {
    return new UnreadableException(
        "the image is truncated: the JPEG ends before its image data does");
  }
}
