package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.Locale;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Objects embedded in the package ({@code word/embeddings}, {@code ppt/embeddings}): each is
 * reported and handed on as a nested document, so a workbook pasted into a letter is inspected as
 * thoroughly as one sent on its own.
 */
final class EmbeddedObjects {

  private EmbeddedObjects() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink) throws IOException {
    long max = pkg.limits().maxFileBytes();
    for (String part : pkg.partNames()) {
      if (!embedded(part)) {
        continue;
      }
      Location at = base.part(part);
      byte[] bytes = pkg.read(part, max);
      if (bytes == null) {
        sink.structure(HiddenContent.EMBEDDED_OBJECT, at, 1, "an embedded object");
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            at,
            1,
            "an embedded object larger than " + Sizes.human(max) + " was not inspected");
        continue;
      }
      OlePayload payload = OlePayload.of(part, bytes);
      sink.structure(
          HiddenContent.EMBEDDED_OBJECT,
          at,
          1,
          "an embedded " + payload.kind() + " (" + Sizes.human(payload.content().length) + ")");
      sink.nested(at, payload.name(), payload.content());
    }
  }

  private static boolean embedded(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return lower.contains("/embeddings/") && !lower.endsWith(".rels");
  }
}
