package uk.warden.inspect.format.ooxml;

import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.UnreadableException;

/**
 * Checks what the central directory declares before anything is expanded: too many entries, too
 * much in all, or an entry that claims an impossible compression ratio. Cheap, and it stops the
 * honest zip bombs at once; {@link ExpansionMeter} stops the ones that lie.
 */
final class ZipPreScan {

  private ZipPreScan() {}

  static void check(ZipFile zip, Limits limits) throws UnreadableException {
    int count = 0;
    long declared = 0;
    for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
      ZipArchiveEntry entry = all.nextElement();
      if (++count > limits.maxEntries()) {
        throw new UnreadableException(
            String.format(
                Locale.ROOT, "the archive has more than %,d entries", limits.maxEntries()));
      }
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size < 0) {
        continue;
      }
      declared += size;
      if (declared > limits.maxExpandedBytes()) {
        throw new UnreadableException(
            "the archive expands to more than "
                + Sizes.human(limits.maxExpandedBytes())
                + " in all (a zip bomb?)");
      }
      if (size > ExpansionMeter.RATIO_GRACE_BYTES
          && compressed > 0
          && size > limits.maxCompressionRatio() * compressed) {
        throw new UnreadableException(
            "the archive entry "
                + PartNames.normalise(entry.getName())
                + " expands more than "
                + Math.round(limits.maxCompressionRatio())
                + "× (a zip bomb?)");
      }
    }
    if (count == 0) {
      throw new UnreadableException("the zip archive is empty");
    }
  }
}
