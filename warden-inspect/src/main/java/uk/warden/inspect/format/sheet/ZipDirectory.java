package uk.warden.inspect.format.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.UnreadableException;

/**
 * Reads a zip's end-of-central-directory record before any zip library sees the file, so that a
 * central directory with millions of entries is refused before it is loaded into memory.
 */
final class ZipDirectory {

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  private static final int EOCD_MIN = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  /** A generous average size of one central directory record, names and extra fields included. */
  private static final long RECORD_ALLOWANCE = 1024;

  private ZipDirectory() {}

  static void check(SeekableByteChannel channel, Limits limits)
      throws IOException, UnreadableException {
    long size = channel.size();
    if (size < EOCD_MIN) {
      throw new UnreadableException("the file is truncated: it is too short to be a zip archive");
    }
    int tailLength = (int) Math.min(size, EOCD_MIN + MAX_COMMENT);
    ByteBuffer tail = read(channel, size - tailLength, tailLength);
    int eocd = -1;
    for (int i = tailLength - EOCD_MIN; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new UnreadableException("the file is truncated: the zip central directory is missing");
    }
    long eocdPosition = size - tailLength + eocd;
    long entries = tail.getShort(eocd + 10) & 0xFFFFL;
    long directoryOffset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
    long directoryEnd = eocdPosition;
    if (entries == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
      long[] zip64 = zip64(channel, eocdPosition);
      entries = zip64[0];
      directoryOffset = zip64[1];
      directoryEnd = zip64[2];
    }
    if (entries > limits.maxEntries()) {
      throw new UnreadableException(
          "the archive holds %s entries, more than the limit of %s"
              .formatted(Sizes.count(entries), Sizes.count(limits.maxEntries())));
    }
    if (directoryOffset > directoryEnd) {
      throw new UnreadableException("the file is truncated: the zip central directory is cut off");
    }
    if (directoryEnd - directoryOffset > limits.maxEntries() * RECORD_ALLOWANCE + MAX_COMMENT) {
      throw new UnreadableException(
          "the zip central directory is larger than %s entries can need"
              .formatted(Sizes.count(limits.maxEntries())));
    }
  }

  private static long[] zip64(SeekableByteChannel channel, long eocdPosition)
      throws IOException, UnreadableException {
    if (eocdPosition < 20) {
      throw new UnreadableException("the zip central directory is damaged (zip64 locator missing)");
    }
    ByteBuffer locator = read(channel, eocdPosition - 20, 20);
    if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
      throw new UnreadableException("the zip central directory is damaged (zip64 locator missing)");
    }
    long recordPosition = locator.getLong(8);
    if (recordPosition < 0 || recordPosition + 56 > eocdPosition) {
      throw new UnreadableException(
          "the zip central directory is damaged (zip64 record misplaced)");
    }
    ByteBuffer record = read(channel, recordPosition, 56);
    if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
      throw new UnreadableException("the zip central directory is damaged (zip64 record missing)");
    }
    long entries = record.getLong(32);
    long offset = record.getLong(48);
    if (entries < 0 || offset < 0) {
      throw new UnreadableException("the zip central directory is damaged (impossible sizes)");
    }
    return new long[] {entries, offset, recordPosition};
  }

  private static ByteBuffer read(SeekableByteChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    channel.position(position);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new IOException("unexpected end of file");
      }
    }
    buffer.flip();
    return buffer;
  }
}
