package uk.warden.inspect.sanitise;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Metadata blocks the image test helpers do not build: an XMP packet, an IPTC record inside
 * Photoshop's APP13, a PNG iTXt chunk, and the TIFF body of an EXIF block for a PNG eXIf chunk.
 */
final class PhotoFixtures {

  private PhotoFixtures() {}

  /** A JPEG written in several scans, with Huffman tables between them. */
  static byte[] progressiveJpeg() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 16; i++) {
      image.setRGB(i, 15 - i, 0xCC3311);
      image.setRGB(i, i, 0x336699);
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** An APP1 payload: XMP naming the creator and a GPS latitude. */
  static byte[] xmp(String creator) {
    String packet =
        "http://ns.adobe.com/xap/1.0/\0"
            + "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"51,30.2N\">"
            + "<dc:creator><rdf:Seq><rdf:li>"
            + creator
            + "</rdf:li></rdf:Seq></dc:creator>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    return packet.getBytes(StandardCharsets.UTF_8);
  }

  /** An APP13 payload: one Photoshop resource holding an IPTC by-line and city. */
  static byte[] iptc(String byLine, String city) {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    dataset(record, 0, new byte[] {0, 4}); // record version
    dataset(record, 80, byLine.getBytes(StandardCharsets.ISO_8859_1));
    dataset(record, 90, city.getBytes(StandardCharsets.ISO_8859_1));
    byte[] iptc = record.toByteArray();
    ByteArrayOutputStream app13 = new ByteArrayOutputStream();
    app13.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1));
    app13.writeBytes("8BIM".getBytes(StandardCharsets.ISO_8859_1));
    app13.writeBytes(new byte[] {0x04, 0x04, 0, 0}); // IPTC resource, empty name padded
    app13.writeBytes(u32(iptc.length));
    app13.writeBytes(iptc);
    if ((iptc.length & 1) == 1) {
      app13.write(0);
    }
    return app13.toByteArray();
  }

  /** An uncompressed iTXt chunk's data. */
  static byte[] itxt(String keyword, String text) {
    return (keyword + "\0\0\0\0\0" + text).getBytes(StandardCharsets.UTF_8);
  }

  /** The TIFF structure inside a JPEG's EXIF APP1, as a PNG eXIf chunk holds it. */
  static byte[] tiff(byte[] jpeg) {
    int pos = 2;
    while (true) {
      int marker = jpeg[pos + 1] & 0xFF;
      int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
      if (marker == 0xE1) {
        return Arrays.copyOfRange(jpeg, pos + 4 + 6, pos + 2 + length); // after "Exif\0\0"
      }
      pos += 2 + length;
    }
  }

  private static void dataset(ByteArrayOutputStream out, int tag, byte[] value) {
    out.writeBytes(
        new byte[] {0x1C, 2, (byte) tag, (byte) (value.length >> 8), (byte) value.length});
    out.writeBytes(value);
  }

  private static byte[] u32(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }
}
