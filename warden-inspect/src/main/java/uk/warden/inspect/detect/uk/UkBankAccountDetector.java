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
 * UK bank account numbers: eight digits, only with context ("account number", "a/c"). Any eight
 * digits would otherwise do; Presidio's US_BANK_NUMBER reports them all (DETECTORS.md §1).
 */
public final class UkBankAccountDetector implements Detector {

  static final DetectionRule EIGHT_DIGITS =
      DetectionRule.of("eight-digits", 0.5).requiringContext();

  @Override
  public EntityType type() {
    return EntityType.UK_BANK_ACCOUNT;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(8).with(WordFilter.Shape.ALL_DIGITS);
  }

  @Override
  public boolean needsContext() {
    return true;
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
            "account number", "account no", "acc no", "acct", "a c", "bank account", "account")
        .withWindow(4);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start != 8 || Chars.digitsEnd(text, start) != wordEnd) {
      return;
    }
    boolean allSame = true;
    for (int i = start + 1; i < wordEnd; i++) {
      allSame &= text.charAt(i) == text.charAt(start);
    }
    sink.report(
        start, wordEnd, EIGHT_DIGITS, allSame ? Validation.REJECTED : Validation.NO_OPINION);
  }
}
