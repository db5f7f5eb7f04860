package uk.warden.inspect.format.text;

import java.io.IOException;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/** The file-size limit, checked before a byte is decoded. */
final class Limited {

  private Limited() {}

  /** "200 MB", "64 KB", "10 bytes". */
  static String human(long bytes) {
    if (bytes >= 1L << 20) {
      return (bytes >> 20) + " MB";
    }
    return bytes >= 1L << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  static void checkSize(Source source) throws UnreadableException {
    long max = source.limits().maxFileBytes();
    try {
      if (source.size() > max) {
        throw new UnreadableException("the file is larger than the " + human(max) + " limit");
      }
    } catch (IOException e) {
      throw new UnreadableException("the file cannot be read", e);
    }
  }
}
