package uk.warden.inspect.detect.generic;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.DetectionRule;

/**
 * PEM private keys: "-----BEGIN ... PRIVATE KEY-----" through the matching END line when it is
 * near, otherwise the header line alone.
 */
final class PrivateKeyBlock {

  static final DetectionRule HEADER = DetectionRule.of("private-key-block", 0.95);

  private static final String DASHES = "-----";
  private static final String PRIVATE_KEY = "PRIVATE KEY-----";
  private static final String END = "-----END ";
  private static final int MAX_HEADER = 48;
  private static final int MAX_BLOCK = 16_384;

  private PrivateKeyBlock() {}

  /** The block's span as {start, end}, given the "BEGIN" word at {@code begin}; or null. */
  static int @Nullable [] at(CharSequence text, int begin, int wordEnd) {
    int start = begin - DASHES.length();
    if (start < 0
        || !"BEGIN".contentEquals(text.subSequence(begin, wordEnd))
        || !regionIs(text, start, DASHES)) {
      return null;
    }
    int headerEnd = indexOf(text, PRIVATE_KEY, wordEnd, wordEnd + MAX_HEADER);
    if (headerEnd < 0) {
      return null;
    }
    headerEnd += PRIVATE_KEY.length();
    int endLine = indexOf(text, END, headerEnd, headerEnd + MAX_BLOCK);
    if (endLine >= 0) {
      int close = indexOf(text, PRIVATE_KEY, endLine, endLine + MAX_HEADER);
      if (close >= 0) {
        return new int[] {start, close + PRIVATE_KEY.length()};
      }
    }
    return new int[] {start, headerEnd};
  }

  private static int indexOf(CharSequence text, String needle, int from, int limit) {
    int last = Math.min(limit, text.length()) - needle.length();
    for (int i = from; i <= last; i++) {
      if (regionIs(text, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionIs(CharSequence text, int start, String needle) {
    if (start + needle.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < needle.length(); i++) {
      if (text.charAt(start + i) != needle.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
