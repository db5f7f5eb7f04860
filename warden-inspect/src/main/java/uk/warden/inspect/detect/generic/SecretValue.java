package uk.warden.inspect.detect.generic;

import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.WordSet;

/**
 * Finds the value after a secret keyword: "password: Summer2024!", "door code is 4471#", "PIN
 * number 1234". After a colon, equals sign, "is" or "was" any value of four or more characters
 * counts; after only a space the value must hold a digit or symbol, so that "password reset" and
 * "password policy" are not reported. Masked values ("********") are not secrets.
 */
final class SecretValue {

  /** Where a value lies; {@link #NONE} if there is none. */
  record Span(int start, int end) {}

  static final Span NONE = new Span(-1, -1);

  private static final int MAX_VALUE = 100;
  private static final WordSet NUMBER_WORDS = WordSet.of("number", "no", "num");
  private static final WordSet VERBS = WordSet.of("is", "was", "are", "were");
  private static final WordSet NOT_VALUES =
      WordSet.of(
          "required",
          "reset",
          "expired",
          "expiry",
          "policy",
          "policies",
          "changed",
          "change",
          "manager",
          "protected",
          "incorrect",
          "invalid",
          "hidden",
          "redacted",
          "none",
          "null",
          "unknown",
          "same",
          "below",
          "above",
          "here",
          "please",
          "must",
          "should",
          "will",
          "has",
          "have",
          "the",
          "and",
          "for",
          "with",
          "see",
          "sent",
          "via",
          "number",
          "field",
          "hint",
          "length",
          "strength",
          "reminder",
          "history",
          "complexity",
          "requirements",
          "supplied",
          "provided",
          "given",
          "removed",
          "withheld",
          "available",
          "needed",
          "entry",
          "holder",
          "protect",
          "protection",
          "update",
          "updated",
          "login",
          "access",
          "details");

  private SecretValue() {}

  static Span after(CharSequence text, int keywordEnd, boolean digitsExpected) {
    int n = text.length();
    int i = skipBlanks(text, keywordEnd, 3);
    int numberEnd = Chars.lettersEnd(text, i);
    if (numberEnd > i && i > keywordEnd && NUMBER_WORDS.contains(text, i, numberEnd)) {
      i = skipBlanks(text, Chars.charAt(text, numberEnd, '.') ? numberEnd + 1 : numberEnd, 3);
    }
    boolean strong = false;
    if (i < n && (text.charAt(i) == ':' || text.charAt(i) == '=')) {
      strong = true;
      i = skipBlanks(text, i + 1, 4);
    } else {
      int verbEnd = Chars.lettersEnd(text, i);
      if (verbEnd > i && i > keywordEnd && VERBS.contains(text, i, verbEnd)) {
        strong = true;
        i = skipBlanks(text, Chars.charAt(text, verbEnd, ':') ? verbEnd + 1 : verbEnd, 4);
      } else if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2013')) {
        i = skipBlanks(text, i + 1, 4);
      }
    }
    if (i == keywordEnd || i >= n) {
      return NONE;
    }
    if (isQuote(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < n && i - start < MAX_VALUE && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int end = i;
    while (end > start && isTrailingPunctuation(text.charAt(end - 1))) {
      end--;
    }
    return accept(text, start, end, strong, digitsExpected) ? new Span(start, end) : NONE;
  }

  private static boolean accept(
      CharSequence text, int start, int end, boolean strong, boolean digitsExpected) {
    int length = end - start;
    if (length < 3) {
      return false;
    }
    boolean digit = false;
    boolean symbol = false;
    boolean masked = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      digit |= Chars.isDigit(c);
      symbol |= !Chars.isLetterOrDigit(c);
      masked &= c == '*' || c == 'x' || c == 'X' || c == '\u2022';
    }
    if (masked || NOT_VALUES.contains(text, start, end) || (digitsExpected && !digit)) {
      return false;
    }
    return digit || symbol || (strong && length >= 4);
  }

  private static int skipBlanks(CharSequence text, int from, int max) {
    int i = from;
    while (i < text.length()
        && i - from < max
        && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u2018';
  }

  private static boolean isTrailingPunctuation(char c) {
    // "!" and "?" stay: they are common in passwords, and over-redacting one character is safe.
    return ".,;:)]}\"'`\u201D\u2019".indexOf(c) >= 0;
  }
}
