package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.image.ImageMetadataScan;

/**
 * Pictures stored in the package (media, the document thumbnail): a photo pasted into a slide keeps
 * its EXIF, GPS position included, and Office's own inspector does not look.
 */
final class PackagePictures {

  private PackagePictures() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink) throws IOException {
    long max = pkg.limits().maxFileBytes();
    for (String part : pkg.partNames()) {
      if (!candidate(pkg, part)) {
        continue;
      }
      byte[] bytes = pkg.read(part, max);
      if (bytes == null || !ImageMetadataScan.isImage(bytes)) {
        continue;
      }
      try {
        ImageMetadataScan.report(bytes, base.part(part), sink);
      } catch (UnreadableException damaged) {
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            base.part(part),
            1,
            "a picture is damaged, so its metadata could not be read: " + damaged.getMessage());
      }
    }
  }

  private static boolean candidate(OoxmlPackage pkg, String part) {
    String type = pkg.contentType(part);
    if (type != null && (type.equals("image/jpeg") || type.equals("image/png"))) {
      return true;
    }
    String lower = part.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jpg")
        || lower.endsWith(".jpeg")
        || lower.endsWith(".jpe")
        || lower.endsWith(".png");
  }
}
