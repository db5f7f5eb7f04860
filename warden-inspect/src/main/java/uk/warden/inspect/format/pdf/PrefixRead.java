package uk.warden.inspect.format.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The first {@code length} bytes of a file, as PDFBox needs them to open an earlier revision:
 * PDFBox's own view class cannot make views of itself, which the parser needs for streams.
 */
final class PrefixRead implements RandomAccessRead {

  private final RandomAccessRead whole;
  private final long length;

  PrefixRead(RandomAccessRead whole, long length) throws IOException {
    this.whole = whole;
    this.length = Math.min(length, whole.length());
  }

  @Override
  public int read() throws IOException {
    return whole.getPosition() >= length ? -1 : whole.read();
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    long left = length - whole.getPosition();
    if (left <= 0) {
      return -1;
    }
    return whole.read(buffer, offset, (int) Math.min(count, left));
  }

  @Override
  public long getPosition() throws IOException {
    return whole.getPosition();
  }

  @Override
  public void seek(long position) throws IOException {
    whole.seek(Math.min(position, length));
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public boolean isClosed() {
    return whole.isClosed();
  }

  @Override
  public boolean isEOF() throws IOException {
    return whole.getPosition() >= length;
  }

  @Override
  public RandomAccessReadView createView(long start, long count) throws IOException {
    return new RandomAccessReadView(this, start, count);
  }

  @Override
  public void close() throws IOException {
    whole.close();
  }
}
