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

/**
 * E-mail addresses, found from the {@code @}: a local part of letters, digits and {@code ._%+-} (no
 * leading, trailing or doubled dot) and a domain of at least two labels whose last label is a
 * plausible top-level domain ({@link TopLevelDomains}). Addresses on internal-only suffixes such as
 * {@code .local} are still people's addresses, so they are reported at a lower score.
 */
public final class EmailDetector implements Detector {

  static final DetectionRule PUBLIC_DOMAIN = DetectionRule.of("address-on-public-domain", 0.5);
  static final DetectionRule INTERNAL_DOMAIN = DetectionRule.of("address-on-internal-domain", 0.6);

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  @Override
  public EntityType type() {
    return EntityType.EMAIL;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.AT_SIGN);
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of("email", "e-mail", "mail", "contact");
  }

  @Override
  public void inspect(CharSequence text, int at, int wordEnd, CandidateSink sink) {
    int start = localPartStart(text, at);
    if (start < 0) {
      return;
    }
    int lastDot = -1;
    int labels = 0;
    int i = at + 1;
    int n = Math.min(text.length(), at + 1 + MAX_DOMAIN);
    while (true) {
      int labelEnd = labelEnd(text, i, n);
      if (labelEnd < 0) {
        return;
      }
      labels++;
      if (labelEnd + 1 < n
          && text.charAt(labelEnd) == '.'
          && isLabelChar(text.charAt(labelEnd + 1))) {
        lastDot = labelEnd;
        i = labelEnd + 1;
      } else {
        i = labelEnd;
        break;
      }
    }
    if (labels < 2 || !Chars.boundaryAfter(text, i)) {
      return;
    }
    switch (TopLevelDomains.classify(text, lastDot + 1, i)) {
      case PUBLIC -> sink.report(start, i, PUBLIC_DOMAIN, Validation.CONFIRMED);
      case INTERNAL -> sink.report(start, i, INTERNAL_DOMAIN, Validation.NO_OPINION);
      case UNKNOWN -> sink.report(start, i, PUBLIC_DOMAIN, Validation.REJECTED);
    }
  }

  /** The start of the local part before {@code at}, or -1 if there is no valid one. */
  private static int localPartStart(CharSequence text, int at) {
    int start = at;
    while (start > 0 && isLocalChar(text.charAt(start - 1))) {
      start--;
      if (at - start > MAX_LOCAL) {
        return -1;
      }
    }
    while (start < at && !Chars.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (start == at || text.charAt(at - 1) == '.') {
      return -1;
    }
    for (int i = start + 1; i < at; i++) {
      if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
        return -1;
      }
    }
    return start;
  }

  /** The end of a domain label starting at {@code from}, or -1 if none is there. */
  private static int labelEnd(CharSequence text, int from, int limit) {
    int i = from;
    while (i < limit && isLabelChar(text.charAt(i))) {
      i++;
    }
    int length = i - from;
    if (length == 0 || length > 63 || text.charAt(from) == '-' || text.charAt(i - 1) == '-') {
      return -1;
    }
    return i;
  }

  private static boolean isLocalChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isLabelChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '-';
  }
}
