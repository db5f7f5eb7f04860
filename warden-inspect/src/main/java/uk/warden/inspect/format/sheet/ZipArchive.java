package uk.warden.inspect.format.sheet;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * A zip archive (an OOXML or OpenDocument package) opened only after its central directory passed
 * the {@link Limits}: entry count, total expanded size and compression ratio are checked on the
 * declared sizes before any entry is read, and every entry stream counts what it really inflates,
 * because declared sizes can lie.
 */
final class ZipArchive implements Closeable {

  /** Small entries compress extremely well without being bombs (POI uses the same grace). */
  private static final long RATIO_GRACE_BYTES = 100 * 1024;

  private final ZipFile zip;
  private final Limits limits;
  private final Map<String, ZipArchiveEntry> byName = new HashMap<>();
  private final Map<String, ZipArchiveEntry> byLowerName = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private ZipArchive(ZipFile zip, Limits limits) throws UnreadableException {
    this.zip = zip;
    this.limits = limits;
    long declared = 0;
    Enumeration<ZipArchiveEntry> entries = zip.getEntries();
    while (entries.hasMoreElements()) {
      ZipArchiveEntry entry = entries.nextElement();
      if (entry.isDirectory() || byName.containsKey(entry.getName())) {
        continue;
      }
      checkDeclared(entry);
      declared += Math.max(0, entry.getSize());
      if (declared > limits.maxExpandedBytes()) {
        throw new UnreadableException(
            "the archive expands to more than the limit of %s (a zip bomb?)"
                .formatted(Sizes.bytes(limits.maxExpandedBytes())));
      }
      byName.put(entry.getName(), entry);
      byLowerName.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
      names.add(entry.getName());
    }
  }

  static ZipArchive open(Source source) throws UnreadableException {
    Limits limits = source.limits();
    SeekableByteChannel channel = null;
    try {
      if (source.size() > limits.maxFileBytes()) {
        throw new UnreadableException(
            "the file is larger than the limit of %s"
                .formatted(Sizes.bytes(limits.maxFileBytes())));
      }
      Path path = source.path();
      channel =
          path != null
              ? FileChannel.open(path, StandardOpenOption.READ)
              : new SeekableInMemoryByteChannel(source.readAll());
      ZipDirectory.check(channel, limits);
      channel.position(0);
      ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get();
      try {
        return new ZipArchive(zip, limits);
      } catch (UnreadableException | RuntimeException e) {
        zip.close();
        throw e;
      }
    } catch (UnreadableException e) {
      closeQuietly(channel);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      throw new UnreadableException(
          "the file is not a readable zip archive (truncated or damaged)", e);
    }
  }

  private void checkDeclared(ZipArchiveEntry entry) throws UnreadableException {
    if (!zip.canReadEntryData(entry)) {
      throw new UnreadableException(
          "the archive entry '%s' is encrypted or uses an unsupported compression method"
              .formatted(entry.getName()));
    }
    long size = entry.getSize();
    long compressed = Math.max(1, entry.getCompressedSize());
    if (size > RATIO_GRACE_BYTES && size > compressed * limits.maxCompressionRatio()) {
      throw new UnreadableException(ratioReason(entry.getName()));
    }
  }

  private String ratioReason(String name) {
    return "the archive entry '%s' expands more than %s× (a zip bomb?)"
        .formatted(name, Sizes.number(limits.maxCompressionRatio()));
  }

  /** Entry names in central directory order, directories left out. */
  List<String> names() {
    return Collections.unmodifiableList(names);
  }

  /**
   * The stored name for a part name, matched exactly or else ignoring case (as Office does); a
   * leading slash is ignored.
   */
  @Nullable String find(String partName) {
    String name = partName.startsWith("/") ? partName.substring(1) : partName;
    ZipArchiveEntry entry = byName.get(name);
    if (entry == null) {
      entry = byLowerName.get(name.toLowerCase(Locale.ROOT));
    }
    return entry == null ? null : entry.getName();
  }

  boolean has(String partName) {
    return find(partName) != null;
  }

  long declaredSize(String name) {
    ZipArchiveEntry entry = entry(name);
    return Math.max(0, entry.getSize());
  }

  /** Opens an entry; the stream refuses to inflate more than declared or beyond the ratio. */
  CountingStream open(String name) throws IOException {
    ZipArchiveEntry entry = entry(name);
    long allowed = entry.getSize() >= 0 ? entry.getSize() : limits.maxExpandedBytes();
    long ratioBase = Math.max(1, entry.getCompressedSize());
    return new CountingStream(zip.getInputStream(entry), entry.getName(), allowed, ratioBase);
  }

  /** All bytes of an entry, refused when larger than {@code max}. */
  byte[] readAll(String name, long max) throws IOException {
    if (declaredSize(name) > max) {
      throw new Refusal(
          "the archive entry '%s' is larger than the limit of %s"
              .formatted(name, Sizes.bytes(max)));
    }
    try (InputStream in = open(name)) {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream((int) Math.min(declaredSize(name), max));
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private ZipArchiveEntry entry(String partName) {
    String name = find(partName);
    if (name == null) {
      throw new Refusal("the package part '%s' is missing".formatted(partName));
    }
    return byName.get(name);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static void closeQuietly(@Nullable Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // the file is refused anyway; nothing more to release
      }
    }
  }

  /** An entry stream that counts inflated bytes and stops a bomb as soon as it shows itself. */
  final class CountingStream extends FilterInputStream {

    private final String name;
    private final long allowed;
    private final long ratioBase;
    private long count;
    private long checkpoint;
    private long maxSinceCheckpoint = Long.MAX_VALUE;
    private String tokenReason = "";

    private CountingStream(InputStream in, String name, long allowed, long ratioBase) {
      super(in);
      this.name = name;
      this.allowed = allowed;
      this.ratioBase = ratioBase;
    }

    long count() {
      return count;
    }

    /**
     * Refuses to read more than {@code max} bytes between two checkpoints: an XML parser that
     * materialises a giant text node reads it in buffer-sized chunks, so the refusal comes long
     * before the node is in memory.
     */
    void tokenBudget(long max, String reason) {
      maxSinceCheckpoint = max;
      tokenReason = reason;
    }

    void checkpoint() {
      checkpoint = count;
    }

    String name() {
      return name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > allowed) {
        throw new Refusal(
            "the archive entry '%s' expands to more than its declared size (a zip bomb?)"
                .formatted(name));
      }
      if (count > RATIO_GRACE_BYTES && count > ratioBase * limits.maxCompressionRatio()) {
        throw new Refusal(ratioReason(name));
      }
      if (count - checkpoint > maxSinceCheckpoint) {
        throw new Refusal(tokenReason);
      }
    }
  }
}
