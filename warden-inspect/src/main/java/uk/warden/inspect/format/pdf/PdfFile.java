package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.Source;

/**
 * The raw file, opened as often as needed: for the landmark scan, for PDFBox, and cut short at an
 * earlier revision. A file on disk is read in place; an attachment is already in memory.
 */
final class PdfFile {

  private final @Nullable Path path;
  private final byte @Nullable [] bytes;

  private PdfFile(@Nullable Path path, byte @Nullable [] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  static PdfFile of(Source source) throws IOException {
    Path path = source.path();
    return path != null ? new PdfFile(path, null) : new PdfFile(null, source.readAll());
  }

  RandomAccessRead open() throws IOException {
    if (path != null) {
      return new RandomAccessReadBufferedFile(path);
    }
    return new RandomAccessReadBuffer(bytes);
  }

  /** The file as it was up to {@code length}: an earlier revision. */
  RandomAccessRead openPrefix(long length) throws IOException {
    RandomAccessRead whole = open();
    try {
      return new PrefixRead(whole, length);
    } catch (IOException | RuntimeException e) {
      whole.close();
      throw e;
    }
  }
}
