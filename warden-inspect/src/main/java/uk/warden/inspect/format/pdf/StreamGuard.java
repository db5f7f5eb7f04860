package uk.warden.inspect.format.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessRead;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.Limits;

/**
 * Keeps compressed streams from exhausting memory. PDFBox decodes a stream wholly into memory
 * before handing it over, so a few kilobytes of deflated zeros would become gigabytes. Every stream
 * PDFBox may decode is measured first by decoding it into a counter: before loading, from the raw
 * bytes (cross-reference and object streams are decoded while loading); afterwards, at the point of
 * use (page contents, forms) and for what this reader extracts itself (attachments, XMP, scripts).
 */
final class StreamGuard {

  /** More than any real content stream, font or object stream. */
  private static final long MAX_STREAM_BYTES = 128L << 20;

  /** Ratios only matter for streams that become large; small ones compress as they like. */
  private static final long RATIO_APPLIES_ABOVE = 16L << 20;

  private static final int MAX_FILTERS = 8;
  private static final int DICTIONARY_WINDOW = 2_048;

  private static final Set<String> IMAGE_FILTERS =
      Set.of("DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode");

  private final long maxTotalBytes;
  private final double maxRatio;
  private final Map<COSStream, Boolean> checked = new IdentityHashMap<>();
  private long totalBytes;

  StreamGuard(Limits limits) {
    this.maxTotalBytes = limits.maxExpandedBytes();
    this.maxRatio = limits.maxCompressionRatio();
  }

  /**
   * Measures every deflated stream in the raw file that PDFBox might decode, i.e. all but images
   * (never decoded here) and attachments (read through {@link #read}). Streams that do not inflate
   * (encrypted, other filters) are left to the checks at the point of use.
   */
  void checkRaw(RandomAccessRead raw, RawLayout layout) throws IOException {
    byte[] window = new byte[DICTIONARY_WINDOW];
    for (long keyword : layout.streamKeywords()) {
      long from = Math.max(0, keyword - DICTIONARY_WINDOW);
      raw.seek(from);
      int read = Math.max(0, raw.read(window, 0, (int) (keyword - from)));
      String dictionary =
          dictionaryBefore(new String(window, 0, read, StandardCharsets.ISO_8859_1));
      if (!hasName(dictionary, "/FlateDecode") && !hasName(dictionary, "/Fl")) {
        continue;
      }
      if (hasName(dictionary, "/Image") || hasName(dictionary, "/EmbeddedFile")) {
        continue;
      }
      long data = dataStart(raw, keyword);
      long size = inflatedSize(raw, data, maxRatio);
      if (size >= 0) {
        account(size, Math.max(1, raw.getPosition() - data), "a compressed object");
      }
    }
  }

  /**
   * Measures a stream PDFBox is about to decode; refuses one that expands too far. Returns false
   * when the stream cannot be decoded at all (an unknown filter, corrupt data): PDFBox then quietly
   * draws nothing, and the caller must not take the silence for an empty page.
   */
  boolean check(COSStream stream, String what) {
    if (checked.containsKey(stream)) {
      return checked.get(stream);
    }
    boolean readable = decodable(stream, what);
    checked.put(stream, readable);
    return readable;
  }

  private boolean decodable(COSStream stream, String what) {
    List<Filter> filters = new ArrayList<>();
    if (!filters(stream, what, filters)) {
      return false;
    }
    if (filters.isEmpty()) {
      return true;
    }
    CountingOutput counter = new CountingOutput(MAX_STREAM_BYTES);
    try {
      decode(stream, filters, counter, MAX_STREAM_BYTES);
    } catch (TooLarge e) {
      throw new PdfLimitExceeded(what + " expands to more than " + megabytes(MAX_STREAM_BYTES));
    } catch (IOException | RuntimeException e) {
      return false;
    }
    account(counter.count, Math.max(1, stream.getLength()), what);
    return true;
  }

  /** The decoded bytes of a stream this reader extracts, or null when larger than {@code cap}. */
  byte @Nullable [] read(COSStream stream, long cap) throws IOException {
    List<Filter> filters = new ArrayList<>();
    if (!filters(stream, "an embedded stream", filters)) {
      throw new IOException("a stream compressed in a way that cannot be decoded");
    }
    BoundedBuffer out = new BoundedBuffer(cap);
    try {
      if (filters.isEmpty()) {
        try (InputStream in = stream.createRawInputStream()) {
          in.transferTo(out);
        }
      } else {
        decode(stream, filters, out, cap);
      }
    } catch (TooLarge | BoundedBufferFull e) {
      return null;
    }
    return out.exceeded ? null : out.toByteArray();
  }

  private void decode(COSStream stream, List<Filter> filters, OutputStream last, long cap)
      throws IOException {
    byte[] input = null;
    for (int i = 0; i < filters.size(); i++) {
      boolean isLast = i == filters.size() - 1;
      OutputStream out = isLast ? last : new BoundedBuffer(cap);
      try (InputStream in =
          input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
        filters.get(i).decode(in, out, stream, i);
      } catch (BoundedBufferFull e) {
        throw new TooLarge();
      }
      if (out instanceof CountingOutput counting && counting.exceeded) {
        throw new TooLarge();
      }
      if (out instanceof BoundedBuffer bounded) {
        if (bounded.exceeded) {
          throw new TooLarge();
        }
        if (!isLast) {
          input = bounded.toByteArray();
        }
      }
    }
  }

  /**
   * The stream's decoders, into {@code filters}; false when one is unknown or an image codec
   * (ImageIO would decode it whole, however large it claims to be).
   */
  private static boolean filters(COSStream stream, String what, List<Filter> filters) {
    COSBase entry = stream.getFilters();
    List<COSName> names = new ArrayList<>();
    if (entry instanceof COSName name) {
      names.add(name);
    } else if (entry instanceof COSArray array) {
      if (array.size() > MAX_FILTERS) {
        throw new PdfLimitExceeded(what + " is compressed " + array.size() + " times over");
      }
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    for (COSName name : names) {
      if (IMAGE_FILTERS.contains(name.getName())) {
        return false;
      }
      try {
        filters.add(FilterFactory.INSTANCE.getFilter(name));
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  private void account(long size, long compressed, String what) {
    if (size > MAX_STREAM_BYTES) {
      throw new PdfLimitExceeded(what + " expands to more than " + megabytes(MAX_STREAM_BYTES));
    }
    if (size > RATIO_APPLIES_ABOVE && size > maxRatio * compressed) {
      throw new PdfLimitExceeded(
          what
              + " expands "
              + ReadBudget.count(size / compressed)
              + " times its stored size (a compression bomb?)");
    }
    totalBytes += size;
    if (totalBytes > maxTotalBytes) {
      throw new PdfLimitExceeded(
          "the file's compressed content expands to more than " + megabytes(maxTotalBytes));
    }
  }

  /** The inflated size of the zlib data at {@code data}, or -1 when it is not zlib data. */
  private static long inflatedSize(RandomAccessRead raw, long data, double maxRatio)
      throws IOException {
    Inflater inflater = new Inflater();
    byte[] in = new byte[16_384];
    byte[] out = new byte[65_536];
    long size = 0;
    try {
      raw.seek(data);
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int read = raw.read(in, 0, in.length);
          if (read <= 0) {
            break;
          }
          inflater.setInput(in, 0, read);
        }
        int produced = inflater.inflate(out);
        if (produced == 0 && (inflater.needsDictionary() || inflater.finished())) {
          break;
        }
        size += produced;
        if (size > MAX_STREAM_BYTES
            || (size > RATIO_APPLIES_ABOVE && size > maxRatio * inflater.getBytesRead())) {
          raw.seek(data + inflater.getBytesRead());
          return size;
        }
      }
      raw.seek(data + inflater.getBytesRead());
      return size;
    } catch (DataFormatException e) {
      return size > 0 ? size : -1;
    } finally {
      inflater.end();
    }
  }

  private static long dataStart(RandomAccessRead raw, long keyword) throws IOException {
    long after = keyword + "stream".length();
    raw.seek(after);
    int first = raw.read();
    if (first == '\r') {
      return raw.read() == '\n' ? after + 2 : after + 1;
    }
    return after + 1;
  }

  /** The text after the last {@code obj} keyword: the stream's dictionary. */
  private static String dictionaryBefore(String window) {
    int at = window.lastIndexOf("obj");
    while (at > 0 && !Character.isWhitespace(window.charAt(at - 1))) {
      at = window.lastIndexOf("obj", at - 1);
    }
    return at >= 0 ? window.substring(at) : window;
  }

  private static boolean hasName(String dictionary, String name) {
    for (int at = dictionary.indexOf(name); at >= 0; at = dictionary.indexOf(name, at + 1)) {
      int after = at + name.length();
      if (after >= dictionary.length() || !Character.isLetterOrDigit(dictionary.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  private static String megabytes(long bytes) {
    return ReadBudget.count(bytes >> 20) + " MB";
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large", null);
    }
  }

  /** Counts without keeping; refuses to go on past the cap. */
  private static final class CountingOutput extends OutputStream {
    private final long cap;
    private long count;
    private boolean exceeded;

    CountingOutput(long cap) {
      this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      count += length;
      if (count > cap) {
        exceeded = true;
        throw new TooLarge();
      }
    }
  }

  private static final class BoundedBuffer extends ByteArrayOutputStream {
    private final long cap;
    private boolean exceeded;

    BoundedBuffer(long cap) {
      super(8_192);
      this.cap = cap;
    }

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      if ((long) count + length > cap) {
        exceeded = true;
        throw new BoundedBufferFull();
      }
      super.write(bytes, offset, length);
    }
  }

  /** Unchecked because ByteArrayOutputStream.write declares no exception. */
  private static final class BoundedBufferFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BoundedBufferFull() {
      super("buffer full", null, false, false);
    }
  }
}
