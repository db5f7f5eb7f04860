package uk.warden.inspect.format.ooxml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives built to attack a reader: bombs, lying sizes, too many entries. */
public final class HostileZips {

  private HostileZips() {}

  /**
   * A package whose {@code part} is {@code prefix} followed by {@code size} spaces: it compresses
   * about a thousandfold.
   */
  public static byte[] withRepetitivePart(
      String contentTypes, Map<String, String> parts, String part, String prefix, int size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> entry : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry(part));
      zip.write(prefix.getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[64 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int written = 0; written < size; written += block.length) {
        zip.write(block, 0, Math.min(block.length, size - written));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The same archive with every central directory record claiming its entry expands to {@code
   * claimed} bytes: a bomb that lies about its size.
   */
  public static byte[] lyingAboutSizes(byte[] zip, int claimed) {
    byte[] copy = zip.clone();
    for (int i = 0; i + 46 <= copy.length; i++) {
      if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2) {
        int compressed = le32(copy, i + 20);
        if (compressed > 0) {
          writeLe32(copy, i + 24, Math.max(claimed, 1));
        }
      }
    }
    return copy;
  }

  /** {@code count} tiny entries besides a content types part. */
  public static byte[] manyEntries(int count) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      parts.put("word/media/x" + i + ".txt", "x");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> entry : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF)
        | (b[at + 1] & 0xFF) << 8
        | (b[at + 2] & 0xFF) << 16
        | (b[at + 3] & 0xFF) << 24;
  }

  private static void writeLe32(byte[] b, int at, int value) {
    b[at] = (byte) value;
    b[at + 1] = (byte) (value >> 8);
    b[at + 2] = (byte) (value >> 16);
    b[at + 3] = (byte) (value >> 24);
  }
}
