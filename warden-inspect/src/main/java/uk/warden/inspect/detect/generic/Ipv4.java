package uk.warden.inspect.detect.generic;

import uk.warden.inspect.detect.Chars;

/** A strict dotted-quad parser: four decimal octets 0-255, no leading zeros. */
final class Ipv4 {

  private Ipv4() {}

  /** The end of a dotted quad starting at {@code start}, or -1. */
  static int end(CharSequence text, int start) {
    int i = start;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (!Chars.charAt(text, i, '.')) {
          return -1;
        }
        i++;
      }
      int digitsEnd = Chars.digitsEnd(text, i);
      int length = digitsEnd - i;
      if (length == 0 || length > 3 || (length > 1 && text.charAt(i) == '0')) {
        return -1;
      }
      int value = 0;
      for (int k = i; k < digitsEnd; k++) {
        value = value * 10 + (text.charAt(k) - '0');
      }
      if (value > 255) {
        return -1;
      }
      i = digitsEnd;
    }
    return i;
  }
}
