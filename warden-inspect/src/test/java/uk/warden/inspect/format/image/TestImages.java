package uk.warden.inspect.format.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Builds test images byte by byte: a real 8×8 JPEG or PNG from ImageIO, with EXIF (GPS included), a
 * JPEG comment or PNG text chunks spliced in, so every metadata field is under the test's control.
 */
public final class TestImages {

  private TestImages() {}

  /** A JPEG with no metadata beyond the JFIF header ImageIO writes. */
  public static byte[] plainJpeg() {
    return encode("jpg");
  }

  public static byte[] plainPng() {
    return encode("png");
  }

  /** A JPEG whose EXIF names the camera and the artist and carries a GPS position. */
  public static byte[] jpegWithGps(String artist) {
    Exif exif = new Exif();
    exif.ascii(0x010F, "Acme");
    exif.ascii(0x0110, "PhoneCam 7");
    exif.ascii(0x013B, artist);
    exif.gps(51, 30, 12, 'N', 0, 7, 39, 'W');
    return withSegment(plainJpeg(), 0xE1, exif.app1());
  }

  /** As {@link #jpegWithGps}, with the camera body's serial number too. */
  public static byte[] jpegWithGpsAndSerial(String artist, String serial) {
    Exif exif = new Exif();
    exif.ascii(0x010F, "Acme");
    exif.ascii(0x0110, "PhoneCam 7");
    exif.ascii(0x013B, artist);
    exif.ascii(0xA431, serial);
    exif.gps(51, 30, 12, 'N', 0, 7, 39, 'W');
    return withSegment(plainJpeg(), 0xE1, exif.app1());
  }

  /** A JPEG whose EXIF holds only the software that saved it: technical, not a finding. */
  public static byte[] jpegWithSoftwareOnly() {
    Exif exif = new Exif();
    exif.ascii(0x0131, "GIMP 2.10");
    return withSegment(plainJpeg(), 0xE1, exif.app1());
  }

  public static byte[] jpegWithComment(String comment) {
    return withSegment(plainJpeg(), 0xFE, comment.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A PNG with one tEXt chunk after its header. */
  public static byte[] pngWithText(String keyword, String text) {
    byte[] data =
        concat(
            keyword.getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {0},
            text.getBytes(StandardCharsets.ISO_8859_1));
    return withChunk(plainPng(), "tEXt", data);
  }

  /** A PNG whose zTXt chunk inflates to {@code size} bytes. */
  public static byte[] pngWithCompressedText(String keyword, int size) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(new byte[size]);
    deflater.finish();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    byte[] data =
        concat(
            keyword.getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {0, 0},
            compressed.toByteArray());
    return withChunk(plainPng(), "zTXt", data);
  }

  public static byte[] withChunk(byte[] png, String type, byte[] data) {
    int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR length/type, IHDR data, CRC
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).order(ByteOrder.BIG_ENDIAN);
    chunk.putInt(data.length);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    chunk.put(typeBytes);
    chunk.put(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    chunk.putInt((int) crc.getValue());
    return concat(
        Arrays.copyOfRange(png, 0, afterHeader),
        chunk.array(),
        Arrays.copyOfRange(png, afterHeader, png.length));
  }

  /** A JPEG with one more marker segment right after its SOI and APP0. */
  public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
    int afterApp0 = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }
    int length = payload.length + 2;
    byte[] header = {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length};
    return concat(
        Arrays.copyOfRange(jpeg, 0, afterApp0),
        header,
        payload,
        Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
  }

  private static byte[] encode(String format) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      image.setRGB(x, x, 0x336699);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * A little-endian TIFF structure for an APP1 segment: IFD0 with ASCII entries and, when asked, a
   * GPS IFD with latitude and longitude.
   */
  static final class Exif {
    private record Entry(int tag, int type, int count, byte[] value) {}

    private final List<Entry> ifd0 = new ArrayList<>();
    private final List<Entry> gps = new ArrayList<>();

    void ascii(int tag, String value) {
      byte[] bytes = (value + "\0").getBytes(StandardCharsets.ISO_8859_1);
      ifd0.add(new Entry(tag, 2, bytes.length, bytes));
    }

    void gps(int latD, int latM, int latS, char latRef, int lonD, int lonM, int lonS, char lonRef) {
      gps.add(new Entry(0x0000, 1, 4, new byte[] {2, 3, 0, 0}));
      gps.add(new Entry(0x0001, 2, 2, new byte[] {(byte) latRef, 0}));
      gps.add(new Entry(0x0002, 5, 3, rationals(latD, latM, latS)));
      gps.add(new Entry(0x0003, 2, 2, new byte[] {(byte) lonRef, 0}));
      gps.add(new Entry(0x0004, 5, 3, rationals(lonD, lonM, lonS)));
    }

    byte[] app1() {
      List<Entry> first = new ArrayList<>(ifd0);
      int ifd0Size = 2 + 12 * (first.size() + (gps.isEmpty() ? 0 : 1)) + 4;
      int ifd0Data = dataSize(first);
      int gpsOffset = 8 + ifd0Size + ifd0Data;
      if (!gps.isEmpty()) {
        first.add(new Entry(0x8825, 4, 1, le(gpsOffset)));
      }
      ByteBuffer tiff = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
      tiff.put(new byte[] {'I', 'I', 42, 0});
      tiff.putInt(8);
      writeIfd(tiff, first, 8);
      if (!gps.isEmpty()) {
        writeIfd(tiff, gps, gpsOffset);
      }
      byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
      return concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static void writeIfd(ByteBuffer tiff, List<Entry> entries, int offset) {
      tiff.position(offset);
      List<Entry> sorted = new ArrayList<>(entries);
      sorted.sort((a, b) -> Integer.compare(a.tag(), b.tag()));
      int dataAt = offset + 2 + 12 * sorted.size() + 4;
      tiff.putShort((short) sorted.size());
      List<byte[]> data = new ArrayList<>();
      for (Entry entry : sorted) {
        tiff.putShort((short) entry.tag());
        tiff.putShort((short) entry.type());
        tiff.putInt(entry.count());
        if (entry.value().length <= 4) {
          tiff.put(Arrays.copyOf(entry.value(), 4));
        } else {
          tiff.putInt(dataAt);
          data.add(entry.value());
          dataAt += entry.value().length + (entry.value().length & 1);
        }
      }
      tiff.putInt(0);
      for (byte[] value : data) {
        tiff.put(value);
        if ((value.length & 1) == 1) {
          tiff.put((byte) 0);
        }
      }
    }

    private static int dataSize(List<Entry> entries) {
      int size = 0;
      for (Entry entry : entries) {
        if (entry.value().length > 4) {
          size += entry.value().length + (entry.value().length & 1);
        }
      }
      return size;
    }

    private static byte[] rationals(int... numerators) {
      ByteBuffer buffer = ByteBuffer.allocate(8 * numerators.length).order(ByteOrder.LITTLE_ENDIAN);
      for (int n : numerators) {
        buffer.putInt(n);
        buffer.putInt(1);
      }
      return buffer.array();
    }

    private static byte[] le(int value) {
      return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
  }
}
