package uk.warden.inspect.format.image;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import uk.warden.inspect.content.UnreadableException;

/**
 * Walks a PNG's chunks before the metadata library sees them. The library trusts a chunk's length
 * (it allocates it up front) and inflates compressed text without a bound, so lengths past the end
 * of the file and compressed chunks that expand beyond any real text are refused here. The photo
 * cleaner walks the chunks with it too.
 */
public final class PngChunks {

  static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** Far more than any real text, profile or XMP packet; small enough to hold in memory. */
  private static final int MAX_INFLATED = 16 << 20;

  private PngChunks() {}

  /** Receives each chunk in order: its type and the range {@code [from, to)} of its bytes. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param from where the chunk's length field starts
     * @param data where its data starts
     * @param to just after its CRC
     */
    void chunk(String type, int from, int data, int to) throws UnreadableException;
  }

  static void check(byte[] png) throws UnreadableException {
    walk(
        png,
        (type, from, data, to) -> {
          int end = to - 4;
          switch (type) {
            case "zTXt", "iCCP" -> inflateBounded(png, afterKeyword(png, data, end) + 1, end);
            case "iTXt" -> {
              int flag = afterKeyword(png, data, end);
              if (flag < end && png[flag] == 1) {
                inflateBounded(png, afterText(png, afterText(png, flag + 2, end), end), end);
              }
            }
            default -> {
              // Image data and technical chunks are not expanded.
            }
          }
        });
  }

  /**
   * Walks the chunks after the signature up to and including IEND, checking every length against
   * the end of the file before anything is read, and returns the offset just after IEND; whatever
   * follows it is not part of the picture.
   */
  public static int walk(byte[] png, Visitor visitor) throws UnreadableException {
    int pos = SIGNATURE.length;
    while (pos + 8 <= png.length) {
      long length = u32(png, pos);
      String type = new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (length > png.length - pos - 12L) {
        throw new UnreadableException(
            "the image is truncated: a PNG chunk runs past the end of the file");
      }
      int data = pos + 8;
      int end = data + (int) length + 4;
      visitor.chunk(type, pos, data, end);
      if (type.equals("IEND")) {
        return end;
      }
      pos = end;
    }
    throw new UnreadableException("the image is truncated: the PNG ends before its IEND chunk");
  }

  private static int afterKeyword(byte[] png, int from, int end) {
    return afterText(png, from, end);
  }

  /** The position after the next NUL within the chunk, or the chunk's end. */
  private static int afterText(byte[] png, int from, int end) {
    for (int i = from; i < end; i++) {
      if (png[i] == 0) {
        return i + 1;
      }
    }
    return end;
  }

  private static void inflateBounded(byte[] png, int from, int end) throws UnreadableException {
    if (from >= end) {
      return;
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(png, from, end - from);
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(buffer);
        total += n;
        if (total > MAX_INFLATED) {
          throw new UnreadableException(
              "a compressed PNG chunk expands beyond 16 MB (a decompression bomb?)");
        }
        if (n == 0 && inflater.needsInput()) {
          break;
        }
      }
    } catch (DataFormatException damaged) {
      throw new UnreadableException("the image is damaged: a compressed PNG chunk is corrupt");
    } finally {
      inflater.end();
    }
  }

  private static long u32(byte[] b, int at) {
    return ((b[at] & 0xFFL) << 24)
        | ((b[at + 1] & 0xFFL) << 16)
        | ((b[at + 2] & 0xFFL) << 8)
        | (b[at + 3] & 0xFFL);
  }
}
