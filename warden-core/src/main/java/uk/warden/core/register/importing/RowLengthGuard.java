package uk.warden.core.register.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV reader before one row can fill memory. The CSV parser builds each record whole, so a
 * hostile file with a gigabyte-long row (or an opening quote that is never closed) would otherwise
 * be read into a single string. The guard follows quoting just enough to know where rows end, and
 * so also knows which row it stopped on.
 */
final class RowLengthGuard extends FilterReader {

  /** Thrown, wrapped by the CSV parser, when a row grows past the limit. */
  static final class RowTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int row;

    RowTooLongException(int row) {
      super("row " + row + " is too long", null);
      this.row = row;
    }

    int row() {
      return row;
    }
  }

  private final char delimiter;
  private final int maxRowChars;
  private int row = 1;
  private int length;
  private boolean inQuotes;
  private boolean fieldStart = true;
  private boolean quoteJustClosed;
  private boolean afterCarriageReturn;

  RowLengthGuard(Reader in, char delimiter, int maxRowChars) {
    super(in);
    this.delimiter = delimiter;
    this.maxRowChars = maxRowChars;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      track((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      track(buffer[offset + i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported: the guard must see every character");
  }

  private void track(char c) throws RowTooLongException {
    boolean newline = false;
    if (inQuotes) {
      // Inside quotes only a quote matters; "" is an escaped quote and re-opens just below.
      if (c == '"') {
        inQuotes = false;
        quoteJustClosed = true;
      }
    } else if (c == '"' && (fieldStart || quoteJustClosed)) {
      inQuotes = true;
      fieldStart = false;
      quoteJustClosed = false;
    } else if (c == '\n' || c == '\r') {
      newline = true;
      if (!(c == '\n' && afterCarriageReturn)) {
        row++;
      }
      length = 0;
      fieldStart = true;
      quoteJustClosed = false;
    } else {
      fieldStart = c == delimiter;
      quoteJustClosed = false;
    }
    afterCarriageReturn = c == '\r' && !inQuotes;
    if (!newline && ++length > maxRowChars) {
      throw new RowTooLongException(row);
    }
  }
}
