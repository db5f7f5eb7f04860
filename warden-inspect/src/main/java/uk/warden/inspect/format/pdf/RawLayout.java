package uk.warden.inspect.format.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * Where the file's landmarks are, found by one pass over the raw bytes before PDFBox parses
 * anything: the header, every {@code %%EOF} and {@code startxref} (each save appends a pair), the
 * linearization dictionary and every {@code stream} keyword. Raw, because PDFBox hides earlier
 * revisions and decodes some streams while loading, before any check could run.
 */
final class RawLayout {

  /** A PDF's linearization dictionary must sit in its first 1,024 bytes. */
  private static final int HEADER_WINDOW = 1_024;

  private static final int MAX_MARKERS = 100_000;
  private static final int MAX_STREAMS = 5_000_000;
  private static final int CHUNK = 1 << 16;
  private static final int LOOKBEHIND = 8;
  private static final int MAX_TOKEN = 16;

  private static final byte[] EOF = ascii("%%EOF");
  private static final byte[] HEADER = ascii("%PDF-");
  private static final byte[] STARTXREF = ascii("startxref");
  private static final byte[] STREAM = ascii("stream");
  private static final byte[] LINEARIZED = ascii("/Linearized");
  private static final byte[] ENCRYPT = ascii("/Encrypt");

  private final long length;
  private long header = -1;
  private long linearized = -1;
  private long linearizedLength = -1;
  private boolean encrypted;
  private final List<Long> eofEnds = new ArrayList<>();
  private final List<Long> startxrefs = new ArrayList<>();
  private final List<Long> streams = new ArrayList<>();

  private RawLayout(long length) {
    this.length = length;
  }

  static RawLayout scan(RandomAccessRead raw) throws IOException {
    RawLayout layout = new RawLayout(raw.length());
    layout.read(raw);
    if (layout.linearized >= 0) {
      layout.linearizedLength = linearizedLength(raw, layout.linearized);
    }
    return layout;
  }

  private void read(RandomAccessRead raw) throws IOException {
    byte[] buffer = new byte[CHUNK + LOOKBEHIND + MAX_TOKEN];
    long base = 0;
    int filled = 0;
    int position = 0;
    boolean end = false;
    raw.seek(0);
    while (true) {
      int read = raw.read(buffer, filled, buffer.length - filled);
      if (read <= 0) {
        end = true;
      } else {
        filled += read;
      }
      int limit = end ? filled : filled - MAX_TOKEN;
      for (; position < limit; position++) {
        examine(buffer, position, filled, base + position);
      }
      if (end) {
        return;
      }
      int keep = Math.max(0, position - LOOKBEHIND);
      System.arraycopy(buffer, keep, buffer, 0, filled - keep);
      filled -= keep;
      position -= keep;
      base += keep;
    }
  }

  private void examine(byte[] buffer, int i, int filled, long offset) {
    byte b = buffer[i];
    if (b == '%') {
      if (matches(buffer, i, filled, EOF)) {
        add(eofEnds, offset + EOF.length + lineEnd(buffer, i + EOF.length, filled), MAX_MARKERS);
      } else if (header < 0 && matches(buffer, i, filled, HEADER)) {
        header = offset;
      }
    } else if (b == 's') {
      if (matches(buffer, i, filled, STARTXREF)) {
        add(startxrefs, offset, MAX_MARKERS);
      } else if (matches(buffer, i, filled, STREAM)
          && !endstream(buffer, i)
          && i + STREAM.length < filled
          && (buffer[i + STREAM.length] == '\r' || buffer[i + STREAM.length] == '\n')) {
        add(streams, offset, MAX_STREAMS);
      }
    } else if (b == '/') {
      if (linearized < 0 && offset < HEADER_WINDOW && matches(buffer, i, filled, LINEARIZED)) {
        linearized = offset;
      } else if (!encrypted
          && matches(buffer, i, filled, ENCRYPT)
          && i + ENCRYPT.length < filled
          && !Character.isLetterOrDigit(buffer[i + ENCRYPT.length])) {
        encrypted = true;
      }
    }
  }

  private static boolean endstream(byte[] buffer, int i) {
    return i >= 3 && buffer[i - 3] == 'e' && buffer[i - 2] == 'n' && buffer[i - 1] == 'd';
  }

  private static int lineEnd(byte[] buffer, int i, int filled) {
    if (i < filled && buffer[i] == '\r') {
      return i + 1 < filled && buffer[i + 1] == '\n' ? 2 : 1;
    }
    return i < filled && buffer[i] == '\n' ? 1 : 0;
  }

  private static void add(List<Long> offsets, long offset, int max) {
    if (offsets.size() >= max) {
      throw new PdfLimitExceeded(
          "the file has more than " + ReadBudget.count(max) + " objects of one kind");
    }
    offsets.add(offset);
  }

  private static boolean matches(byte[] buffer, int i, int filled, byte[] token) {
    if (i + token.length > filled) {
      return false;
    }
    for (int k = 0; k < token.length; k++) {
      if (buffer[i + k] != token[k]) {
        return false;
      }
    }
    return true;
  }

  /** The {@code /L} entry: the length of the file as it was when linearized. */
  private static long linearizedLength(RandomAccessRead raw, long offset) throws IOException {
    byte[] window = new byte[512];
    raw.seek(offset + LINEARIZED.length);
    int read = Math.max(0, raw.read(window, 0, window.length));
    String text = new String(window, 0, read, StandardCharsets.ISO_8859_1);
    int close = text.indexOf(">>");
    if (close >= 0) {
      text = text.substring(0, close);
    }
    for (int at = text.indexOf("/L"); at >= 0; at = text.indexOf("/L", at + 2)) {
      int i = at + 2;
      if (i < text.length() && Character.isLetter(text.charAt(i))) {
        continue;
      }
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && i - start < 15 && Character.isDigit(text.charAt(i))) {
        i++;
      }
      return i > start ? Long.parseLong(text.substring(start, i)) : -1;
    }
    return -1;
  }

  private static byte[] ascii(String token) {
    return token.getBytes(StandardCharsets.US_ASCII);
  }

  long length() {
    return length;
  }

  boolean hasHeader() {
    return header >= 0 && header < HEADER_WINDOW;
  }

  boolean hasEndMarker() {
    return !eofEnds.isEmpty();
  }

  /** A trailer names an encryption dictionary. */
  boolean encrypted() {
    return encrypted;
  }

  boolean linearized() {
    return linearized >= 0;
  }

  List<Long> streamKeywords() {
    return streams;
  }

  /**
   * Where each saved revision ends (just after its {@code %%EOF} line). A marker with no {@code
   * startxref} since the previous one is a duplicate, not a save; the first-page cross-reference
   * section of a linearized file and its own marker belong to the first revision, not to an update.
   */
  List<Long> revisionEnds() {
    List<Long> ends = new ArrayList<>();
    long previous = -1;
    int next = 0;
    for (long end : eofEnds) {
      boolean startxrefBefore = false;
      while (next < startxrefs.size() && startxrefs.get(next) < end) {
        startxrefBefore |= startxrefs.get(next) > previous;
        next++;
      }
      if (startxrefBefore || ends.isEmpty()) {
        ends.add(end);
      }
      previous = end;
    }
    if (!linearized() || ends.size() < 2) {
      return ends;
    }
    if (linearizedLength > 0 && linearizedLength <= length) {
      List<Long> merged = new ArrayList<>();
      long original = -1;
      for (long end : ends) {
        if (end <= linearizedLength + 4) {
          original = end;
        } else {
          merged.add(end);
        }
      }
      if (original >= 0) {
        merged.add(0, original);
      }
      return merged;
    }
    return new ArrayList<>(ends.subList(1, ends.size()));
  }
}
