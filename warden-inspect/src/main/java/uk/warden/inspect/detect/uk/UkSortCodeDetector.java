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
 * Bank sort codes, NN-NN-NN, only with context ("sort code", "bank"): the same shape is a dd-mm-yy
 * date, and even the allocated-bank-prefix check lets dates through (DETECTORS.md §2).
 */
public final class UkSortCodeDetector implements Detector {

  static final DetectionRule DASHED = DetectionRule.of("nn-nn-nn", 0.5).requiringContext();

  @Override
  public EntityType type() {
    return EntityType.UK_SORT_CODE;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(2).with(WordFilter.Shape.ALL_DIGITS).followedBy("-");
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of("sort code", "sortcode", "sort", "bank", "branch", "s c");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start != 2
        || !pairAfterDash(text, wordEnd)
        || !pairAfterDash(text, wordEnd + 3)
        || !Chars.boundaryAfter(text, wordEnd + 6)
        || (Chars.charAt(text, wordEnd + 6, '-') && Chars.digitAt(text, wordEnd + 7))
        || (Chars.charAt(text, start - 1, '-') && Chars.digitAt(text, start - 2))) {
      return;
    }
    boolean zeros = true;
    for (int i = start; i < wordEnd + 6; i++) {
      zeros &= text.charAt(i) == '0' || text.charAt(i) == '-';
    }
    sink.report(start, wordEnd + 6, DASHED, zeros ? Validation.REJECTED : Validation.NO_OPINION);
  }

  private static boolean pairAfterDash(CharSequence text, int at) {
    return Chars.charAt(text, at, '-')
        && Chars.digitAt(text, at + 1)
        && Chars.digitAt(text, at + 2)
        && !Chars.digitAt(text, at + 3);
  }
}
