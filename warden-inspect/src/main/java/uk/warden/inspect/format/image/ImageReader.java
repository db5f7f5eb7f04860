package uk.warden.inspect.format.image;

import java.io.IOException;
import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * JPEG and PNG files: their metadata only. An image has no text layer to read, and saying so is the
 * policy's business, not the reader's; this reader reports what the metadata gives away.
 */
public final class ImageReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.JPEG, Format.PNG);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    byte[] bytes;
    try {
      if (source.size() > source.limits().maxFileBytes()) {
        throw new UnreadableException(
            "the image is larger than the " + (source.limits().maxFileBytes() >> 20) + " MB limit");
      }
      bytes = source.readAll();
    } catch (IOException e) {
      throw new UnreadableException("the image cannot be read", e);
    }
    if (!ImageMetadataScan.isImage(bytes)) {
      throw new UnreadableException("the file is neither a JPEG nor a PNG image");
    }
    ImageMetadataScan.report(bytes, source.location(), sink);
  }
}
