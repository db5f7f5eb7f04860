package uk.warden.inspect.detect.generic;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.ContextWords;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;

/**
 * Payment card numbers: 13 to 19 digits, contiguous or in groups split by single spaces or by
 * single dashes (one kind per number), issued by a known scheme ({@link CardBrand}) and passing
 * Luhn. When groups run on past 19 digits (a card number followed by an expiry year in a table),
 * the longest valid run of whole groups is taken.
 */
public final class CardNumberDetector implements Detector {

  private static final int MIN = 13;
  private static final int MAX = 19;

  @Override
  public EntityType type() {
    return EntityType.CARD_NUMBER;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    // Scheme prefixes start with 2 to 6; a first group shorter than 13 digits needs a separator.
    return WordFilter.lengths(13, 19)
        .with(WordFilter.Shape.ALL_DIGITS)
        .startingWith("23456")
        .or(
            WordFilter.lengths(2, 12)
                .with(WordFilter.Shape.ALL_DIGITS)
                .startingWith("23456")
                .followedBy(" -"));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "card", "credit", "debit", "visa", "mastercard", "amex", "payment", "pan");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    char first = text.charAt(start);
    if (first < '2' || first > '6' || Chars.digitsEnd(text, start) != wordEnd) {
      return;
    }
    char separator = 0;
    int digits = wordEnd - start;
    int end = wordEnd;
    int validEnd = -1;
    @Nullable CardBrand validBrand = null;
    while (digits <= MAX) {
      if (digits >= MIN) {
        CardBrand brand = CardBrand.of(prefix(text, start), digits);
        if (brand != null && Luhn.passes(text, start, end) && !allSameDigit(text, start, end)) {
          validEnd = end;
          validBrand = brand;
        }
      }
      if (end + 1 >= text.length()) {
        break;
      }
      char next = text.charAt(end);
      if ((next != ' ' && next != '-') || (separator != 0 && next != separator)) {
        break;
      }
      int groupEnd = Chars.digitsEnd(text, end + 1);
      if (groupEnd == end + 1 || !Chars.boundaryAfter(text, groupEnd)) {
        break;
      }
      separator = next;
      digits += groupEnd - end - 1;
      end = groupEnd;
    }
    if (validBrand != null) {
      sink.report(start, validEnd, validBrand.rule(), Validation.CONFIRMED);
    }
  }

  /** The first six digits as a number, skipping separators. */
  private static int prefix(CharSequence text, int start) {
    int value = 0;
    int taken = 0;
    for (int i = start; taken < 6 && i < text.length(); i++) {
      char c = text.charAt(i);
      if (Chars.isDigit(c)) {
        value = value * 10 + (c - '0');
        taken++;
      }
    }
    return value;
  }

  private static boolean allSameDigit(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Chars.isDigit(c) && c != first) {
        return false;
      }
    }
    return true;
  }
}
