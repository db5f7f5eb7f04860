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
 * UK passport numbers in both published formats, since the anchors disagree (DETECTORS.md §2): nine
 * digits (older books; Purview, Trellix) and two capitals plus seven digits (Presidio). Either
 * shape is common in other identifiers, so only with context ("passport", "travel document",
 * "HMPO"). Runs of one digit and the sequence 123456789 are rejected as placeholders.
 */
public final class UkPassportDetector implements Detector {

  static final DetectionRule NINE_DIGITS = DetectionRule.of("nine-digits", 0.4).requiringContext();
  static final DetectionRule LETTERS_AND_DIGITS =
      DetectionRule.of("two-letters-seven-digits", 0.45).requiringContext();

  @Override
  public EntityType type() {
    return EntityType.UK_PASSPORT;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT, Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(9).with(WordFilter.Shape.HAS_DIGIT);
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "passport",
        "passport number",
        "passport no",
        "travel document",
        "hmpo",
        "hm passport office");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start != 9) {
      return;
    }
    if (Chars.isDigit(text.charAt(start))) {
      if (Chars.digitsEnd(text, start) == wordEnd) {
        sink.report(
            start,
            wordEnd,
            NINE_DIGITS,
            placeholder(text, start) ? Validation.REJECTED : Validation.NO_OPINION);
      }
    } else if (Chars.isUpper(text.charAt(start + 1))
        && Chars.digitsEnd(text, start + 2) == wordEnd) {
      sink.report(start, wordEnd, LETTERS_AND_DIGITS, Validation.NO_OPINION);
    }
  }

  private static boolean placeholder(CharSequence text, int start) {
    boolean allSame = true;
    boolean ascending = true;
    for (int i = 1; i < 9; i++) {
      allSame &= text.charAt(start + i) == text.charAt(start);
      ascending &= text.charAt(start + i) == text.charAt(start + i - 1) + 1;
    }
    return allSame || ascending;
  }
}
