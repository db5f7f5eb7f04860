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
import uk.warden.inspect.detect.WordSet;

/**
 * UK postcodes in capitals, with or without the space: outward code A9, A99, A9A, AA9, AA99 or AA9A
 * and inward code 9AA, with the position rules (no Q, V or X first; no I, J or Z second; only
 * ABCDEFGHJKPSTUW in the third place of A9A and ABEHMNPRVWXY in the fourth of AA9A; no C, I, K, M,
 * O or V in the inward letters), plus GIR 0AA. A postcode whose area letters name no real area is
 * rejected ({@link PostcodeAreas}).
 */
public final class UkPostcodeDetector implements Detector {

  static final DetectionRule POSTCODE = DetectionRule.of("outward-inward", 0.4).confirmedAt(0.8);

  @Override
  public EntityType type() {
    return EntityType.UK_POSTCODE;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(5, 7)
        .with(WordFilter.Shape.HAS_DIGIT)
        .or(WordFilter.lengths(2, 4).with(WordFilter.Shape.HAS_DIGIT).followedBy(" "))
        .or(WordFilter.words(WordSet.of("GIR")));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "postcode",
        "post code",
        "postal code",
        "address",
        "addr",
        "delivery",
        "mailing",
        "correspondence",
        "home");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    if (length >= 5 && length <= 7) {
      int inward = wordEnd - 3;
      check(text, start, inward, inward, wordEnd, sink);
    } else if (length >= 2
        && length <= 4
        && Chars.charAt(text, wordEnd, ' ')
        && wordEnd + 4 <= text.length()
        && Chars.boundaryAfter(text, wordEnd + 4)
        && Chars.boundaryBefore(text, wordEnd + 1)) {
      check(text, start, wordEnd, wordEnd + 1, wordEnd + 4, sink);
    }
  }

  private static void check(
      CharSequence text, int start, int outwardEnd, int inward, int end, CandidateSink sink) {
    if (!isInward(text, inward)) {
      return;
    }
    if (isGirobank(text, start, outwardEnd, inward)) {
      sink.report(start, end, POSTCODE, Validation.CONFIRMED);
      return;
    }
    int areaEnd = outwardAreaEnd(text, start, outwardEnd);
    if (areaEnd < 0) {
      return;
    }
    Validation area =
        PostcodeAreas.contains(text, start, areaEnd) ? Validation.CONFIRMED : Validation.REJECTED;
    sink.report(start, end, POSTCODE, area);
  }

  /** Whether {@code 9AA} starts at {@code at}, with the inward letter exclusions. */
  private static boolean isInward(CharSequence text, int at) {
    return Chars.digitAt(text, at)
        && isInwardLetter(text.charAt(at + 1))
        && isInwardLetter(text.charAt(at + 2));
  }

  /** The end of the area letters if {@code [start, end)} is a valid outward code; else -1. */
  private static int outwardAreaEnd(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    if (first == 'Q' || first == 'V' || first == 'X') {
      return -1;
    }
    int i = start + 1;
    char second = text.charAt(i);
    boolean twoLetters = Chars.isUpper(second);
    if (twoLetters) {
      if (second == 'I' || second == 'J' || second == 'Z') {
        return -1;
      }
      i++;
    }
    int areaEnd = i;
    if (i >= end || !Chars.isDigit(text.charAt(i))) {
      return -1;
    }
    i++;
    if (i == end) {
      return areaEnd;
    }
    char last = text.charAt(i);
    boolean fits =
        Chars.isDigit(last) || (twoLetters ? "ABEHMNPRVWXY" : "ABCDEFGHJKPSTUW").indexOf(last) >= 0;
    return fits && i + 1 == end ? areaEnd : -1;
  }

  private static boolean isGirobank(CharSequence text, int start, int outwardEnd, int inward) {
    return outwardEnd - start == 3
        && text.charAt(start) == 'G'
        && text.charAt(start + 1) == 'I'
        && text.charAt(start + 2) == 'R'
        && text.charAt(inward) == '0'
        && text.charAt(inward + 1) == 'A'
        && text.charAt(inward + 2) == 'A';
  }

  private static boolean isInwardLetter(char c) {
    return Chars.isUpper(c) && "CIKMOV".indexOf(c) < 0;
  }
}
