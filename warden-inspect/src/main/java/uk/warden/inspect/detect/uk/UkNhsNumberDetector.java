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
 * NHS numbers: ten digits, contiguous or grouped 3-3-4 by spaces or by dashes, passing the mod-11
 * check ({@link NhsCheckDigit}). The check alone is weak: one random ten-digit number in eleven
 * passes, and Presidio reports page ids at 1.0 (DETECTORS.md §6 point 2). So a number that passes
 * scores only 0.35 on its own and 0.95 with a context word ("NHS", "patient", "health") before it
 * or in the column header; negative context ("order", "ref", "page", "id") or a URL position ("/",
 * "=", "?", "#", "&" just before) drops it.
 */
public final class UkNhsNumberDetector implements Detector {

  static final DetectionRule TEN_DIGITS =
      DetectionRule.of("ten-digits-mod-11", 0.1).confirmedAt(0.35);

  @Override
  public EntityType type() {
    return EntityType.UK_NHS_NUMBER;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(10)
        .with(WordFilter.Shape.ALL_DIGITS)
        .or(WordFilter.lengths(3).with(WordFilter.Shape.ALL_DIGITS).followedBy(" -"));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
            "nhs",
            "national health service",
            "patient",
            "health",
            "hospital",
            "gp",
            "medical",
            "clinic",
            "nhs number",
            "nhs no")
        .withNegative(
            "order",
            "ref",
            "reference",
            "invoice",
            "page",
            "id",
            "tracking",
            "example",
            "test",
            "sample",
            "url",
            "ticket",
            "case")
        .withBoost(0.6);
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    int end;
    if (length == 10 && Chars.digitsEnd(text, start) == wordEnd) {
      end = wordEnd;
    } else if (length == 3 && Chars.digitsEnd(text, start) == wordEnd) {
      end = groupedEnd(text, wordEnd);
    } else {
      return;
    }
    if (end < 0) {
      return;
    }
    boolean inUrl = start > 0 && "/=?#&".indexOf(text.charAt(start - 1)) >= 0;
    boolean valid = !inUrl && NhsCheckDigit.passes(text, start, end);
    sink.report(start, end, TEN_DIGITS, valid ? Validation.CONFIRMED : Validation.REJECTED);
  }

  /** The end of "-3-4" or " 3 4" after the first group of three, or -1. */
  private static int groupedEnd(CharSequence text, int firstEnd) {
    if (firstEnd >= text.length()) {
      return -1;
    }
    char separator = text.charAt(firstEnd);
    if (separator != ' ' && separator != '-') {
      return -1;
    }
    int secondEnd = Chars.digitsEnd(text, firstEnd + 1);
    if (secondEnd - firstEnd - 1 != 3 || !Chars.charAt(text, secondEnd, separator)) {
      return -1;
    }
    int thirdEnd = Chars.digitsEnd(text, secondEnd + 1);
    if (thirdEnd - secondEnd - 1 != 4 || !Chars.boundaryAfter(text, thirdEnd)) {
      return -1;
    }
    return thirdEnd;
  }
}
