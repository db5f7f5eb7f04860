package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads PDF documents with PDFBox: every page's visible text, and what a reader of the pages does
 * not see but the file still holds (see {@link HiddenContent}'s PDF codes, plus document
 * properties, JavaScript as macros, and pages or attachments that cannot be checked).
 *
 * <p>Before PDFBox parses anything, the raw file is scanned for its revisions and for compressed
 * streams that would expand beyond the limits; afterwards every drawing is bounded in depth and
 * work. Anything PDFBox cannot parse ends in an {@link UnreadableException}; a password-protected
 * file is reported as {@link HiddenContent#UNINSPECTABLE}.
 */
public final class PdfReader implements FormatReader {

  @Override
  public Set<Format> formats() {
    return Set.of(Format.PDF);
  }

  @Override
  public void read(Source source, ContentSink sink) throws UnreadableException {
    Limits limits = source.limits();
    try {
      long size = source.size();
      if (size > limits.maxFileBytes()) {
        throw new UnreadableException(
            "the file is "
                + ReadBudget.count((size + (1 << 20) - 1) >> 20)
                + " MB, more than the "
                + ReadBudget.count(limits.maxFileBytes() >> 20)
                + " MB Warden reads");
      }
      PdfFile file = PdfFile.of(source);
      RawLayout layout;
      StreamGuard streams = new StreamGuard(limits);
      try (RandomAccessRead raw = file.open()) {
        layout = RawLayout.scan(raw);
        if (!layout.hasHeader()) {
          throw new UnreadableException("the file is not a PDF: it has no %PDF header");
        }
        if (!layout.hasEndMarker()) {
          throw new UnreadableException(
              "the file is truncated or damaged: it has no end-of-file marker (%%EOF)");
        }
        streams.checkRaw(raw, layout);
      }
      PDDocument document;
      try {
        document = PdfLoader.load(file.open(), limits);
      } catch (InvalidPasswordException e) {
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            source.location(),
            1,
            "the PDF is encrypted and needs a password to open; its content cannot be checked");
        return;
      } catch (IOException | LinkageError e) {
        if (!layout.encrypted()) {
          throw e;
        }
        // Certificate (public-key) encryption, or a method PDFBox does not support (it needs
        // Bouncy Castle for certificates, which Warden does not ship).
        sink.structure(
            HiddenContent.UNINSPECTABLE,
            source.location(),
            1,
            "the PDF is encrypted in a way Warden cannot open (e.g. for named certificates);"
                + " its content cannot be checked");
        return;
      }
      try (document) {
        ReadBudget budget = ReadBudget.standard();
        TextLines lines = new TextLines();
        Emitter out = new Emitter(sink, source.location(), budget, lines);
        new DocumentReading(document, limits, out, streams, budget).read();
        new RevisionReport(out, file, limits, lines).read(layout);
      }
    } catch (PdfLimitExceeded e) {
      throw new UnreadableException(e.reason());
    } catch (IOException e) {
      throw new UnreadableException("the PDF is damaged and cannot be read");
    } catch (RuntimeException e) {
      throw new UnreadableException("the PDF is malformed and cannot be read");
    } catch (StackOverflowError e) {
      throw new UnreadableException(
          "the PDF nests its objects too deeply to be read (a hostile file?)");
    } catch (LinkageError e) {
      // PDFBox reaching for an optional library (an image codec, a crypto provider).
      throw new UnreadableException("the PDF uses a feature Warden cannot read");
    }
  }
}
