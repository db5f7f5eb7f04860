package uk.warden.inspect.detect.generic;

import java.util.Set;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.ContextWords;
import uk.warden.inspect.detect.DetectionRule;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;

/**
 * IP addresses: IPv4 dotted quads with octets in range and no leading zeros, not part of a longer
 * dotted number (version strings such as 1.2.3.4.5); IPv6 via a strict parse ({@link Ipv6}). An
 * optional CIDR prefix length is included in the span.
 */
public final class IpAddressDetector implements Detector {

  static final DetectionRule V4 = DetectionRule.of("ipv4-dotted-quad", 0.6).confirmedAt(0.85);
  static final DetectionRule V6 = DetectionRule.of("ipv6", 0.6).confirmedAt(0.85);

  @Override
  public EntityType type() {
    return EntityType.IP_ADDRESS;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT, Anchor.UPPER, Anchor.LOWER);
  }

  @Override
  public WordFilter wordFilter() {
    // An IPv4 octet is followed by "."; the first IPv6 group (hex, perhaps all digits) by ":".
    return WordFilter.lengths(1, 3)
        .with(WordFilter.Shape.ALL_DIGITS)
        .followedBy(".")
        .or(WordFilter.lengths(1, 4).with(WordFilter.Shape.HEX).followedBy(":"));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of("ip", "address", "host", "server", "client", "src", "dst", "remote")
        .withNegative("version", "v", "build", "release", "example");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (Chars.charAt(text, start - 1, ':')) {
      return; // inside a longer colon-separated run: "1:2:3:4:5:6:7:8:9"
    }
    if (wordEnd - start <= 4 && Chars.charAt(text, wordEnd, ':') && allHex(text, start, wordEnd)) {
      int end = Ipv6.end(text, start);
      if (end > 0) {
        sink.report(start, withPrefixLength(text, end, 128), V6, Validation.CONFIRMED);
      }
      return;
    }
    if (!Chars.isDigit(text.charAt(start))
        || wordEnd - start > 3
        || precededByDottedNumber(text, start)) {
      return;
    }
    int end = Ipv4.end(text, start);
    if (end < 0 || (Chars.charAt(text, end, '.') && Chars.digitAt(text, end + 1))) {
      return;
    }
    if (Chars.boundaryAfter(text, end)) {
      sink.report(start, withPrefixLength(text, end, 32), V4, Validation.CONFIRMED);
    }
  }

  private static boolean precededByDottedNumber(CharSequence text, int start) {
    return Chars.charAt(text, start - 1, '.') && Chars.digitAt(text, start - 2);
  }

  private static boolean allHex(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ipv6.isHex(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Extends the span over a "/nn" prefix length no greater than {@code max}. */
  private static int withPrefixLength(CharSequence text, int end, int max) {
    if (!Chars.charAt(text, end, '/')) {
      return end;
    }
    int digitsEnd = Chars.digitsEnd(text, end + 1);
    int length = digitsEnd - end - 1;
    if (length < 1 || length > 3 || !Chars.boundaryAfter(text, digitsEnd)) {
      return end;
    }
    int value = Integer.parseInt(text.subSequence(end + 1, digitsEnd).toString());
    return value <= max ? digitsEnd : end;
  }
}
