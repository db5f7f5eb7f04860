package uk.warden.inspect.format.image;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.png.PngProcessingException;
import com.drew.lang.KeyValuePair;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads a JPEG's or PNG's metadata and reports what goes beyond the technical basics: GPS above
 * all, then people, places, free text, the date taken and the camera. Textual values go to the sink
 * as hidden text so the detectors see names and addresses in them; coordinates never do. Used for
 * standalone images and for pictures inside Office documents alike.
 */
public final class ImageMetadataScan {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private ImageMetadataScan() {}

  public static boolean isImage(byte[] bytes) {
    return startsWith(bytes, JPEG) || startsWith(bytes, PngChunks.SIGNATURE);
  }

  /**
   * Reports the image's metadata at {@code base}: in the part named after the metadata blocks for a
   * file of its own, in the range of the picture's part for a picture inside a document.
   */
  public static void report(byte[] bytes, Location base, ContentSink sink)
      throws UnreadableException {
    MetadataFindings findings = classify(read(bytes));
    if (findings.isEmpty()) {
      return;
    }
    Location at =
        base.part() == null ? base.part(findings.blocks()) : base.range(findings.blocks());
    for (String text : findings.texts()) {
      sink.text(at, HiddenContent.IMAGE_METADATA, text);
    }
    sink.structure(HiddenContent.IMAGE_METADATA, at, findings.fields(), findings.detail());
  }

  private static Metadata read(byte[] bytes) throws UnreadableException {
    try {
      if (startsWith(bytes, PngChunks.SIGNATURE)) {
        PngChunks.check(bytes);
        return PngMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
      }
      if (startsWith(bytes, JPEG)) {
        JpegSegments.check(bytes);
        return JpegMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
      }
    } catch (JpegProcessingException | PngProcessingException | IOException | RuntimeException e) {
      throw new UnreadableException(
          "the image is damaged: its metadata segments cannot be read", e);
    }
    throw new UnreadableException("the file is neither a JPEG nor a PNG image");
  }

  private static MetadataFindings classify(Metadata metadata) {
    MetadataFindings findings = new MetadataFindings();
    for (Directory directory : metadata.getDirectories()) {
      if (directory instanceof GpsDirectory gps) {
        gps(gps, findings);
      } else if (directory instanceof ExifThumbnailDirectory thumbnail) {
        thumbnail(thumbnail, findings);
      } else if (directory instanceof ExifDirectoryBase exif) {
        exif(exif, findings);
      } else if (directory instanceof IptcDirectory iptc) {
        IptcFields.classify(iptc, findings);
      } else if (directory instanceof XmpDirectory xmp) {
        xmp(xmp, findings);
      } else if (directory instanceof PngDirectory png) {
        png(png, findings);
      } else if (directory instanceof JpegCommentDirectory comment) {
        comment(comment, findings);
      }
    }
    return findings;
  }

  private static void gps(GpsDirectory gps, MetadataFindings findings) {
    if (gps.containsTag(GpsDirectory.TAG_LATITUDE) || gps.containsTag(GpsDirectory.TAG_LONGITUDE)) {
      findings.add("EXIF", MetadataKind.GPS, "");
    }
  }

  private static void thumbnail(ExifThumbnailDirectory thumbnail, MetadataFindings findings) {
    Integer length = thumbnail.getInteger(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
    if (length != null && length > 0) {
      findings.add("EXIF", MetadataKind.THUMBNAIL, "");
    }
  }

  private static void exif(ExifDirectoryBase exif, MetadataFindings findings) {
    add(exif, ExifDirectoryBase.TAG_MAKE, MetadataKind.CAMERA, findings);
    add(exif, ExifDirectoryBase.TAG_MODEL, MetadataKind.CAMERA, findings);
    add(exif, ExifDirectoryBase.TAG_DATETIME_ORIGINAL, MetadataKind.DATE_TAKEN, findings);
    add(exif, ExifDirectoryBase.TAG_DATETIME_DIGITIZED, MetadataKind.DATE_TAKEN, findings);
    add(exif, ExifDirectoryBase.TAG_ARTIST, MetadataKind.PERSON, findings);
    add(exif, ExifDirectoryBase.TAG_COPYRIGHT, MetadataKind.PERSON, findings);
    add(exif, ExifDirectoryBase.TAG_WIN_AUTHOR, MetadataKind.PERSON, findings);
    add(exif, ExifDirectoryBase.TAG_CAMERA_OWNER_NAME, MetadataKind.PERSON, findings);
    add(exif, ExifDirectoryBase.TAG_IMAGE_DESCRIPTION, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_USER_COMMENT, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_WIN_TITLE, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_WIN_COMMENT, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_WIN_KEYWORDS, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_WIN_SUBJECT, MetadataKind.TEXT, findings);
    add(exif, ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER, MetadataKind.DEVICE_ID, findings);
    add(exif, ExifDirectoryBase.TAG_LENS_SERIAL_NUMBER, MetadataKind.DEVICE_ID, findings);
    add(exif, ExifDirectoryBase.TAG_HOST_COMPUTER, MetadataKind.DEVICE_ID, findings);
  }

  private static void add(Directory directory, int tag, MetadataKind kind, MetadataFindings to) {
    if (!directory.containsTag(tag)) {
      return;
    }
    String value = directory.getDescription(tag);
    if (value == null) {
      value = directory.getString(tag);
    }
    if (value != null && !value.isBlank()) {
      to.add("EXIF", kind, value);
    }
  }

  private static void xmp(XmpDirectory xmp, MetadataFindings findings) {
    for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
      MetadataKind kind = XmpFields.kind(property.getKey());
      String value = property.getValue();
      if (kind != null && value != null && !value.isBlank()) {
        findings.add("XMP", kind, value);
      }
    }
  }

  private static void png(PngDirectory png, MetadataFindings findings) {
    List<KeyValuePair> pairs = textualData(png);
    for (KeyValuePair pair : pairs) {
      String key = pair.getKey().trim().toLowerCase(Locale.ROOT);
      String value = pair.getValue().toString();
      if (key.equals("software")
          || key.startsWith("date:")
          || key.startsWith("xml:com.adobe.xmp")) {
        continue; // the editor's name, file timestamps; XMP is read as XMP
      }
      MetadataKind kind;
      if (key.startsWith("raw profile")) {
        kind = MetadataKind.RAW_PROFILE;
      } else if (key.equals("author") || key.equals("copyright")) {
        kind = MetadataKind.PERSON;
      } else if (key.equals("creation time")) {
        kind = MetadataKind.DATE_TAKEN;
      } else {
        kind = MetadataKind.TEXT;
      }
      findings.add("PNG text", kind, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<KeyValuePair> textualData(PngDirectory png) {
    Object data = png.getObject(PngDirectory.TAG_TEXTUAL_DATA);
    return data instanceof List<?> list ? (List<KeyValuePair>) list : List.of();
  }

  private static void comment(JpegCommentDirectory comment, MetadataFindings findings) {
    String text = comment.getString(JpegCommentDirectory.TAG_COMMENT);
    if (text != null && !text.isBlank() && !JpegCommentGenerators.generator(text)) {
      findings.add("JPEG comment", MetadataKind.TEXT, text);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
