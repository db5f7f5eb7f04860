package uk.warden.inspect.format.image;

import uk.warden.inspect.content.UnreadableException;

/**
 * Walks a JPEG's marker segments. The metadata library stops reading at the image data, so without
 * this a JPEG cut off half way would pass as whole; the photo cleaner walks the whole file with it
 * to know exactly which bytes are the picture.
 */
public final class JpegSegments {

  /** The marker reported for a scan's entropy-coded data, which has no marker of its own. */
  public static final int IMAGE_DATA = -1;

  public static final int SOS = 0xDA;
  public static final int EOI = 0xD9;

  /** Receives each piece of the file in order, as the range {@code [from, to)} of its bytes. */
  @FunctionalInterface
  public interface Visitor {
    void segment(int marker, int from, int to) throws UnreadableException;
  }

  private JpegSegments() {}

  static void check(byte[] jpeg) throws UnreadableException {
    int pos = 2;
    while (true) {
      long segment = next(jpeg, pos);
      int marker = marker(segment);
      pos = end(segment);
      if (marker == EOI) {
        return;
      }
      if (marker == SOS) {
        if (!endsImageData(jpeg, pos)) {
          throw truncated();
        }
        return;
      }
    }
  }

  /**
   * Walks from after the start-of-image marker to the end-of-image marker, through every scan's
   * image data (a progressive JPEG has several, with tables between them), and returns the offset
   * just after the end-of-image marker; whatever follows it is not part of the picture. One pass,
   * so hostile input costs time linear in its length.
   */
  public static int walk(byte[] jpeg, Visitor visitor) throws UnreadableException {
    int pos = 2;
    while (true) {
      long segment = next(jpeg, pos);
      int marker = marker(segment);
      int end = end(segment);
      // Fill bytes before a marker belong to no segment; the segment starts at its own 0xFF.
      visitor.segment(marker, start(jpeg, pos), end);
      pos = end;
      if (marker == EOI) {
        return pos;
      }
      if (marker == SOS) {
        int dataEnd = imageDataEnd(jpeg, pos);
        visitor.segment(IMAGE_DATA, pos, dataEnd);
        pos = dataEnd;
      }
    }
  }

  /** The marker and the end of the segment at {@code pos}, packed so the walk allocates nothing. */
  private static long next(byte[] jpeg, int pos) throws UnreadableException {
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
    if (marker == EOI || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
      return pack(marker, pos); // markers without a length
    }
    if (pos + 2 > jpeg.length) {
      throw truncated();
    }
    int length = ((jpeg[pos] & 0xFF) << 8) | (jpeg[pos + 1] & 0xFF);
    if (length < 2 || pos + length > jpeg.length) {
      throw truncated();
    }
    return pack(marker, pos + length);
  }

  private static long pack(int marker, int end) {
    return ((long) marker << 32) | end;
  }

  private static int marker(long segment) {
    return (int) (segment >>> 32);
  }

  private static int end(long segment) {
    return (int) segment;
  }

  /** Where the segment's own two marker bytes begin, after any fill bytes from {@code pos}. */
  private static int start(byte[] jpeg, int pos) {
    int at = pos;
    while ((jpeg[at + 1] & 0xFF) == 0xFF) {
      at++;
    }
    return at;
  }

  /**
   * Image data is byte-stuffed (0xFF is followed by 0x00) and restart markers sit inside it, so the
   * first other marker ends it.
   */
  private static int imageDataEnd(byte[] jpeg, int from) throws UnreadableException {
    int i = from;
    while (i + 1 < jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        i++;
        continue;
      }
      int next = jpeg[i + 1] & 0xFF;
      if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
        i += 2;
      } else {
        return i; // the next marker, or fill bytes before it
      }
    }
    throw truncated();
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
