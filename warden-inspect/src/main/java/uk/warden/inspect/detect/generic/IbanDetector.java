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
 * International bank account numbers: a country code, two check digits and the national part, of
 * exactly the country's length ({@link IbanLengths}, GB 22), written contiguously or with single
 * spaces, in capitals; validated by the ISO 7064 mod-97 check.
 */
public final class IbanDetector implements Detector {

  static final DetectionRule IBAN = DetectionRule.of("country-length-mod-97", 0.5);

  @Override
  public EntityType type() {
    return EntityType.IBAN;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(4, 34).with(WordFilter.Shape.HAS_DIGIT);
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of("iban", "bank", "account", "payment");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    if (wordEnd - start < 4
        || !Chars.isUpper(text.charAt(start + 1))
        || !Chars.isDigit(text.charAt(start + 2))
        || !Chars.isDigit(text.charAt(start + 3))) {
      return;
    }
    int length = IbanLengths.of(text.charAt(start), text.charAt(start + 1));
    if (length == 0) {
      return;
    }
    int end = end(text, start, length);
    if (end > 0) {
      Validation check = mod97(text, start, end) == 1 ? Validation.CONFIRMED : Validation.REJECTED;
      sink.report(start, end, IBAN, check);
    }
  }

  /** The end of exactly {@code length} capitals and digits with single spaces, or -1. */
  private static int end(CharSequence text, int start, int length) {
    int count = 0;
    int i = start;
    int n = text.length();
    while (count < length && i < n) {
      char c = text.charAt(i);
      if (Chars.isUpper(c) || Chars.isDigit(c)) {
        count++;
        i++;
      } else if (c == ' ' && count >= 4 && i + 1 < n && text.charAt(i - 1) != ' ') {
        i++;
      } else {
        return -1;
      }
    }
    if (count < length || !Chars.boundaryAfter(text, i)) {
      return -1;
    }
    return i;
  }

  /** The remainder of the rearranged IBAN (first four characters moved to the end) mod 97. */
  private static int mod97(CharSequence text, int start, int end) {
    int remainder = 0;
    int firstFourEnd = start + 4;
    for (int i = firstFourEnd; i < end; i++) {
      remainder = step(remainder, text.charAt(i));
    }
    for (int i = start; i < firstFourEnd; i++) {
      remainder = step(remainder, text.charAt(i));
    }
    return remainder;
  }

  private static int step(int remainder, char c) {
    if (Chars.isDigit(c)) {
      return (remainder * 10 + (c - '0')) % 97;
    }
    if (Chars.isUpper(c)) {
      return (remainder * 100 + (c - 'A' + 10)) % 97;
    }
    return remainder;
  }
}
