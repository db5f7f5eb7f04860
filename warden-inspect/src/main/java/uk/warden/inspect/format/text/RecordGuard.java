package uk.warden.inspect.format.text;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how many characters one CSV record may take. The CSV parser keeps a record in memory until
 * it ends, so a stray quote would otherwise read the rest of a large file into one cell.
 */
final class RecordGuard extends FilterReader {

  private final long max;
  private long sinceRecord;

  RecordGuard(Reader in, long max) {
    super(in);
    this.max = max;
  }

  /** The parser has handed over a whole record. */
  void recordDone() {
    sinceRecord = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws RecordTooLongException {
    sinceRecord += n;
    // The parser reads ahead by a buffer, which the limit allows for.
    if (sinceRecord > max + 16_384) {
      throw new RecordTooLongException();
    }
  }

  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException() {
      super("a record is too long");
    }
  }
}
