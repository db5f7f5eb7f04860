package uk.warden.core.trace;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns cell values into the keys a person is matched by, normalised so that a leak retyped in
 * another case, with other spacing or accents, or with forenames and surname swapped, still
 * matches: identifiers upper-cased without spaces, names as their sorted, case-folded words.
 */
final class PersonKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

  private PersonKeys() {}

  /** The key of an identifier cell, or 0 when the cell is blank. */
  static long identifier(TraceKey key, KeyKind kind, String raw) {
    String value = identifierText(raw);
    return value.isEmpty() ? 0 : kind.tag(key.hash(kind.name() + "|" + value));
  }

  /** Upper-case without spaces; plain ASCII (nearly every cell) skips Unicode normalisation. */
  private static String identifierText(String raw) {
    if (!isAscii(raw)) {
      return SPACE.matcher(plain(raw)).replaceAll("").toUpperCase(Locale.ROOT);
    }
    StringBuilder value = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c)) {
        value.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
      }
    }
    return value.toString();
  }

  /** The key of a name spread over any number of cells, in any order, or 0 when all are blank. */
  static long name(TraceKey key, List<String> parts) {
    List<String> words = new ArrayList<>();
    for (String part : parts) {
      if (isAscii(part)) {
        asciiWords(part, words);
      } else {
        for (String word : NOT_LETTER.split(plain(part).toLowerCase(Locale.ROOT))) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    if (words.isEmpty()) {
      return 0;
    }
    String[] sorted = words.toArray(String[]::new);
    Arrays.sort(sorted);
    return KeyKind.NAME.tag(key.hash("NAME|" + String.join(" ", sorted)));
  }

  /** The lower-case runs of letters in an ASCII cell: what the general path gives, faster. */
  private static void asciiWords(String part, List<String> words) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= part.length(); i++) {
      char c = i < part.length() ? part.charAt(i) : ' ';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Without accents: "Zoë" and "Zoe" are the same person to whoever retyped the file. */
  private static String plain(String raw) {
    return MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKD)).replaceAll("").strip();
  }
}
