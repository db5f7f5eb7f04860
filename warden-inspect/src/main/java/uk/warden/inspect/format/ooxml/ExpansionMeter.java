package uk.warden.inspect.format.ooxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import uk.warden.inspect.content.Limits;

/**
 * Counts the bytes a package really expands to. The central directory's sizes are checked before
 * anything is opened, but they are only claims: a crafted entry can declare 1 KB and inflate to
 * gigabytes, so the actual bytes are counted as they are read, per entry and in all.
 */
final class ExpansionMeter {

  /** Entries that expand to less than this are never refused for their ratio: they cannot hurt. */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  private final Limits limits;
  private long expanded;

  ExpansionMeter(Limits limits) {
    this.limits = limits;
  }

  InputStream meter(String part, long compressedSize, InputStream in) {
    return new Metered(in, part, compressedSize);
  }

  private void count(String part, long entryBytes, long compressedSize, int read)
      throws ExpansionRefusedException {
    expanded += read;
    if (expanded > limits.maxExpandedBytes()) {
      throw new ExpansionRefusedException(
          "the archive expands to more than "
              + Sizes.human(limits.maxExpandedBytes())
              + " in all (a zip bomb?)");
    }
    if (entryBytes > RATIO_GRACE_BYTES
        && compressedSize > 0
        && entryBytes > limits.maxCompressionRatio() * compressedSize) {
      throw new ExpansionRefusedException(
          "the archive entry "
              + part
              + " expands more than "
              + Math.round(limits.maxCompressionRatio())
              + "× (a zip bomb?)");
    }
  }

  private final class Metered extends FilterInputStream {
    private final String part;
    private final long compressedSize;
    private long entryBytes;

    Metered(InputStream in, String part, long compressedSize) {
      super(in);
      this.part = part;
      this.compressedSize = compressedSize;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        entryBytes++;
        count(part, entryBytes, compressedSize, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        entryBytes += n;
        count(part, entryBytes, compressedSize, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are inflated all the same, so they are read and counted.
      byte[] sink = new byte[8192];
      long skipped = 0;
      while (skipped < n) {
        int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
        if (read < 0) {
          break;
        }
        skipped += read;
      }
      return skipped;
    }
  }

  /** A limit met while expanding; the message is written for the user. */
  static final class ExpansionRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    ExpansionRefusedException(String reason) {
      super(reason);
    }
  }
}
