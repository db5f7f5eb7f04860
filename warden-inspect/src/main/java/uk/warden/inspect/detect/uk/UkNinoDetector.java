package uk.warden.inspect.detect.uk;

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
 * National Insurance numbers: two prefix letters, six digits and a suffix A to D, with single
 * spaces anywhere between the parts ("QQ 12 34 56 C", "AZ 123 456 A", "AB123456C"). The number is
 * read into canonical form (capitals, no spaces) before the prefix rules ({@link NinoPrefix}) are
 * applied, so "NINO BG328951C" is rejected, which Presidio's pattern misses (DETECTORS.md §6 point
 * 3). Numbers in small letters count only with context. No checksum exists.
 */
public final class UkNinoDetector implements Detector {

  static final DetectionRule CAPITALS = DetectionRule.of("prefix-six-digits-suffix", 0.5);
  static final DetectionRule ANY_CASE =
      DetectionRule.of("prefix-six-digits-suffix-any-case", 0.4).requiringContext();
  static final DetectionRule SPECIMEN = DetectionRule.of("hmrc-specimen-prefix-qq", 0.2);

  @Override
  public EntityType type() {
    return EntityType.UK_NINO;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER, Anchor.LOWER);
  }

  @Override
  public WordFilter wordFilter() {
    // Small letters only in the contiguous form: two-letter lower-case words are too common.
    return WordFilter.lengths(8, 9)
        .with(WordFilter.Shape.HAS_DIGIT)
        .or(WordFilter.lengths(2).with(WordFilter.Shape.CAPITALS).followedBy(" "));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "national insurance",
        "national insurance number",
        "ni number",
        "ni no",
        "nino",
        "nin",
        "insurance number");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    if ((length != 2 && length != 8 && length != 9) || !Chars.isLetter(text.charAt(start + 1))) {
      return;
    }
    int end = end(text, start + 2);
    if (end < 0) {
      return;
    }
    char first = Chars.toUpper(text.charAt(start));
    char second = Chars.toUpper(text.charAt(start + 1));
    boolean capitals =
        Chars.isUpper(text.charAt(start))
            && Chars.isUpper(text.charAt(start + 1))
            && Chars.isUpper(text.charAt(end - 1));
    switch (NinoPrefix.of(first, second)) {
      case SPECIMEN -> sink.report(start, end, SPECIMEN, Validation.NO_OPINION);
      case NOT_ALLOCATED -> sink.report(start, end, CAPITALS, Validation.REJECTED);
      case ALLOCATABLE ->
          sink.report(start, end, capitals ? CAPITALS : ANY_CASE, Validation.NO_OPINION);
    }
  }

  /** The end of "six digits and a suffix", each optionally after one space; or -1. */
  private static int end(CharSequence text, int from) {
    int i = from;
    int digits = 0;
    while (digits < 6) {
      if (Chars.charAt(text, i, ' ')) {
        i++;
      }
      if (!Chars.digitAt(text, i)) {
        return -1;
      }
      i++;
      digits++;
    }
    if (Chars.charAt(text, i, ' ')) {
      i++;
    }
    if (i >= text.length()) {
      return -1;
    }
    char suffix = Chars.toUpper(text.charAt(i));
    if (suffix < 'A' || suffix > 'D' || !Chars.boundaryAfter(text, i + 1)) {
      return -1;
    }
    return i + 1;
  }
}
