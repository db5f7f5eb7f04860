package uk.warden.core.access.ingest;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a text stream, numbered from 1, each at most {@code maxChars} long. A longer line is
 * skipped to its end and reported as too long instead of being buffered: one hostile line of a
 * gigabyte must not take the heap with it. {@code \n} ends a line and a {@code \r} before it is
 * dropped; a byte order mark at the very start is dropped too.
 *
 * <p>Public so that the access directory's CSV import ({@code uk.warden.core.access.directory})
 * reads its files with the same line numbers and the same bound on line length.
 */
public final class LineSource {

  private static final int BUFFER = 64 * 1024;

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[BUFFER];
  private final StringBuilder spill = new StringBuilder();
  private int pos;
  private int limit;
  private int number;
  private boolean tooLong;
  private boolean started;

  public LineSource(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The number of the line last returned. */
  public int number() {
    return number;
  }

  /** Whether the line last returned was longer than the limit; it is then returned empty. */
  public boolean tooLong() {
    return tooLong;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  public @Nullable String next() throws IOException {
    spill.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (!any) {
          return null;
        }
        number++;
        return finish(spill.toString());
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int length = pos - start;
      boolean ended = pos < limit;
      if (!tooLong) {
        if (spill.length() + length > maxChars + 1) {
          // One more than the limit is allowed for the \r of a \r\n ending.
          tooLong = true;
          spill.setLength(0);
        } else if (ended && spill.length() == 0) {
          pos++;
          number++;
          return finish(new String(buffer, start, length));
        } else {
          spill.append(buffer, start, length);
        }
      }
      if (ended) {
        pos++;
        number++;
        return finish(tooLong ? "" : spill.toString());
      }
    }
  }

  private String finish(String line) {
    String text = line;
    if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
      text = text.substring(0, text.length() - 1);
    }
    if (!tooLong && text.length() > maxChars) {
      tooLong = true;
      text = "";
    }
    if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return text;
  }

  private boolean fill() throws IOException {
    if (started && limit < 0) {
      return false;
    }
    started = true;
    int read;
    do {
      read = in.read(buffer, 0, BUFFER);
    } while (read == 0);
    pos = 0;
    limit = read;
    return read > 0;
  }
}
