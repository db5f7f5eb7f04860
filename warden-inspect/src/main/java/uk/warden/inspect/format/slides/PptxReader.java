package uk.warden.inspect.format.slides;

import java.io.IOException;
import java.util.Set;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.ooxml.Ole2Container;
import uk.warden.inspect.format.ooxml.OoxmlPackage;
import uk.warden.inspect.format.ooxml.Sizes;

/**
 * PowerPoint presentations read from their XML parts: hidden slides, hidden and off-slide shapes,
 * speaker notes and comments are told apart from what the audience sees.
 */
public final class PptxReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.PPTX);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    try {
      if (source.size() > source.limits().maxFileBytes()) {
        throw new UnreadableException(
            "the presentation is larger than the "
                + Sizes.human(source.limits().maxFileBytes())
                + " limit");
      }
    } catch (IOException e) {
      throw new UnreadableException("the presentation cannot be read", e);
    }
    if (Ole2Container.isOle2(source)) {
      if (Ole2Container.encrypted(source)) {
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            source.location(),
            1,
            "the presentation is encrypted with a password, so its content cannot be inspected");
        return;
      }
      throw new UnreadableException(
          "the file is a PowerPoint 97-2003 presentation or another OLE2 file, not a .pptx");
    }
    try (OoxmlPackage pkg = OoxmlPackage.open(source)) {
      new Presentation(pkg, source.location(), sink).read();
    } catch (IOException closing) {
      throw new UnreadableException("the presentation cannot be read", closing);
    }
  }
}
