package uk.warden.inspect.detect.police;

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
 * Collar (shoulder) numbers: one to five digits in most forces, or the Metropolitan Police's
 * two-letter borough or unit code with digits ("CW 1234", "TX123"). Any small number has the first
 * shape, so only straight after context ("collar", "shoulder number", "PC", "PCSO", "warrant"):
 * within three words. Two capitals that are a rank ("PC", "DS") are not a unit code.
 */
public final class CollarNumberDetector implements Detector {

  static final DetectionRule DIGITS =
      DetectionRule.of("one-to-five-digits", 0.45).requiringContext();
  static final DetectionRule MET_UNIT_CODE =
      DetectionRule.of("met-unit-code-and-digits", 0.5).requiringContext();

  private final RankLexicon ranks;

  public CollarNumberDetector() {
    this(RankLexicon.standard());
  }

  public CollarNumberDetector(RankLexicon ranks) {
    this.ranks = ranks;
  }

  @Override
  public EntityType type() {
    return EntityType.COLLAR_NUMBER;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT, Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(1, 5)
        .with(WordFilter.Shape.ALL_DIGITS)
        .or(WordFilter.lengths(2, 6).with(WordFilter.Shape.CAPITALS));
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
            "collar",
            "collar number",
            "collar no",
            "shoulder number",
            "shoulder no",
            "shoulder",
            "pc",
            "ps",
            "pcso",
            "sgt",
            "warrant",
            "warrant number",
            "warrant no")
        .withWindow(3);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (Chars.isDigit(text.charAt(start))) {
      int length = wordEnd - start;
      if (length <= 5
          && Chars.digitsEnd(text, start) == wordEnd
          && !partOfNumber(text, start, wordEnd)) {
        sink.report(start, wordEnd, DIGITS, Validation.NO_OPINION);
      }
      return;
    }
    boolean digitsFollow =
        Chars.digitAt(text, start + 2)
            || (Chars.charAt(text, start + 2, ' ') && Chars.digitAt(text, start + 3));
    if (!Chars.upperAt(text, start + 1) || !digitsFollow || ranks.match(text, start) == start + 2) {
      return; // "PC 1234": the letters are a rank, reported as such; the number stands alone
    }
    int digitsStart = Chars.charAt(text, start + 2, ' ') ? start + 3 : start + 2;
    if (digitsStart == start + 3 && wordEnd != start + 2) {
      return;
    }
    int digitsEnd = Chars.digitsEnd(text, digitsStart);
    int digits = digitsEnd - digitsStart;
    if (digits >= 1 && digits <= 4 && Chars.boundaryAfter(text, digitsEnd)) {
      sink.report(start, digitsEnd, MET_UNIT_CODE, Validation.NO_OPINION);
    }
  }

  /** "1,234", "12.5" and "3/4" are quantities, not collar numbers. */
  private static boolean partOfNumber(CharSequence text, int start, int end) {
    boolean joinedAfter =
        (Chars.charAt(text, end, ',')
                || Chars.charAt(text, end, '.')
                || Chars.charAt(text, end, '/'))
            && Chars.digitAt(text, end + 1);
    boolean joinedBefore =
        (Chars.charAt(text, start - 1, ',')
                || Chars.charAt(text, start - 1, '.')
                || Chars.charAt(text, start - 1, '/'))
            && Chars.digitAt(text, start - 2);
    return joinedAfter || joinedBefore;
  }
}
