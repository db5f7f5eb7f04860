package uk.warden.inspect.detect.generic;

/**
 * A strict IPv6 text parser (RFC 4291 section 2.2): up to eight groups of one to four hex digits,
 * at most one {@code ::}, optionally ending in a dotted quad. Written by hand because {@code
 * InetAddress} may resolve names and regexes for IPv6 backtrack badly.
 */
final class Ipv6 {

  private Ipv6() {}

  /**
   * The end of an IPv6 address starting at {@code start}, or -1. Requires eight groups, or a {@code
   * ::} with at least two groups, so that times ("12:30:45") and words never parse.
   */
  static int end(CharSequence text, int start) {
    int n = text.length();
    int i = start;
    int groups = 0;
    boolean compressed = false;
    while (i < n && groups < 8) {
      int groupEnd = hexEnd(text, i, n);
      if (groupEnd == i) {
        break;
      }
      if (groupEnd < n && text.charAt(groupEnd) == '.' && groups <= 6) {
        int quadEnd = Ipv4.end(text, i);
        if (quadEnd > 0) {
          groups += 2;
          i = quadEnd;
          break;
        }
        return -1;
      }
      groups++;
      i = groupEnd;
      if (i + 1 < n && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
        if (compressed) {
          return -1;
        }
        compressed = true;
        i += 2;
      } else if (i + 1 < n && text.charAt(i) == ':' && isHex(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    boolean complete = compressed ? groups >= 2 && groups <= 7 : groups == 8;
    if (!complete || (i < n && (isHex(text.charAt(i)) || text.charAt(i) == ':'))) {
      return -1;
    }
    return i;
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int hexEnd(CharSequence text, int from, int n) {
    int i = from;
    while (i < n && i - from < 5 && isHex(text.charAt(i))) {
      i++;
    }
    return i - from > 4 ? from : i;
  }
}
