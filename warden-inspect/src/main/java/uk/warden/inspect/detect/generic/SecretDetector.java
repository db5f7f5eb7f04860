package uk.warden.inspect.detect.generic;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;

/**
 * Secrets that sit next to personal data: a password, PIN, door or access code or API key after its
 * keyword ({@link SecretKeywords}, {@link SecretValue}); vendor tokens and high-entropy key-like
 * strings ({@link KeyLikeToken}); PEM private keys ({@link PrivateKeyBlock}). The span is the
 * secret itself, not the keyword, so that redaction removes only the secret.
 */
public final class SecretDetector implements Detector {

  @Override
  public EntityType type() {
    return EntityType.SECRET;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER, Anchor.LOWER, Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    // Keywords; long words with a digit (a long run without one is no random key); and words
    // joined into a longer run by "-", "+", "/" or "=". A key-like token is read from the first
    // word of its run (KeyLikeToken.at ignores the others) and is at least MIN_LENGTH long.
    return WordFilter.words(SecretKeywords.TRIGGERS)
        .or(
            WordFilter.lengths(KeyLikeToken.LONG_WORD, 63)
                .with(WordFilter.Shape.HAS_DIGIT)
                .startingRun(KeyLikeToken.JOINERS, KeyLikeToken.MIN_LENGTH))
        .or(
            WordFilter.lengths(1, 63)
                .followedBy(KeyLikeToken.JOINERS)
                .startingRun(KeyLikeToken.JOINERS, KeyLikeToken.MIN_LENGTH));
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    if ((length >= KeyLikeToken.LONG_WORD && hasDigit(text, start, wordEnd))
        || joinsKeyCharacters(text, wordEnd)) {
      KeyLikeToken.Match token = KeyLikeToken.at(text, start);
      if (token != null) {
        sink.report(start, token.end(), token.rule(), Validation.NO_OPINION);
        return;
      }
    }
    if (length == 5 && text.charAt(start) == 'B') {
      int[] block = PrivateKeyBlock.at(text, start, wordEnd);
      if (block != null) {
        sink.report(block[0], block[1], PrivateKeyBlock.HEADER, Validation.NO_OPINION);
        return;
      }
    }
    if (!Chars.isLetter(text.charAt(start))) {
      return; // every keyword starts with a letter
    }
    SecretKeywords.@Nullable Family family = SecretKeywords.of(text, start, wordEnd);
    if (family != null) {
      SecretValue.Span value = SecretValue.after(text, wordEnd, family.digitsExpected());
      if (value != SecretValue.NONE) {
        sink.report(value.start(), value.end(), family.rule(), Validation.NO_OPINION);
      }
    }
  }

  private static boolean hasDigit(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Chars.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Keys such as "xoxb-..." or base64 with "/" are split into short words; look past them. */
  private static boolean joinsKeyCharacters(CharSequence text, int wordEnd) {
    return wordEnd < text.length() && KeyLikeToken.isJoiner(text.charAt(wordEnd));
  }
}
