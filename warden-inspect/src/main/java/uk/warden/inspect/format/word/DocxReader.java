package uk.warden.inspect.format.word;

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
 * Word documents read from their XML parts, not through a text extractor, so that hidden runs,
 * deleted text, field links and comment authors are seen as what they are.
 */
public final class DocxReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.DOCX);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    checkSize(source);
    if (Ole2Container.isOle2(source)) {
      if (Ole2Container.encrypted(source)) {
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            source.location(),
            1,
            "the document is encrypted with a password, so its content cannot be inspected");
        return;
      }
      throw new UnreadableException(
          "the file is a Word 97-2003 document or another OLE2 file, not a .docx");
    }
    try (OoxmlPackage pkg = OoxmlPackage.open(source)) {
      new WordDocument(pkg, source.location(), sink).read();
    } catch (IOException closing) {
      throw new UnreadableException("the document cannot be read", closing);
    }
  }

  private static void checkSize(Source source) throws UnreadableException {
    try {
      if (source.size() > source.limits().maxFileBytes()) {
        throw new UnreadableException(
            "the document is larger than the "
                + Sizes.human(source.limits().maxFileBytes())
                + " limit");
      }
    } catch (IOException e) {
      throw new UnreadableException("the document cannot be read", e);
    }
  }
}
