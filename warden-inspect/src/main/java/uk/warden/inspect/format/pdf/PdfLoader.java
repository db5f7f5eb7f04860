package uk.warden.inspect.format.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.warden.inspect.content.Limits;

/**
 * Opens a PDF with bounded memory: stream data PDFBox copies (decrypted streams) goes to memory up
 * to a few megabytes and then to a temporary file, itself capped.
 */
final class PdfLoader {

  private static final long MAIN_MEMORY = 16L << 20;

  private PdfLoader() {}

  /**
   * Opens with the empty user password, as a viewer does; throws PDFBox's InvalidPasswordException
   * when a password is needed.
   */
  static PDDocument load(RandomAccessRead input, Limits limits) throws IOException {
    try {
      return Loader.loadPDF(
          input,
          "",
          null,
          null,
          MemoryUsageSetting.setupMixed(MAIN_MEMORY, limits.maxExpandedBytes()).streamCache);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      input.close();
      throw e;
    }
  }
}
