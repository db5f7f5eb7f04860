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
    String value = SPACE.matcher(plain(raw)).replaceAll("").toUpperCase(Locale.ROOT);
    return value.isEmpty() ? 0 : kind.tag(key.hash(kind.name() + "|" + value));
  }

  /** The key of a name spread over any number of cells, in any order, or 0 when all are blank. */
  static long name(TraceKey key, List<String> parts) {
    List<String> words = new ArrayList<>();
    for (String part : parts) {
      for (String word : NOT_LETTER.split(plain(part).toLowerCase(Locale.ROOT))) {
        if (!word.isEmpty()) {
          words.add(word);
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

  /** Without accents: "Zoë" and "Zoe" are the same person to whoever retyped the file. */
  private static String plain(String raw) {
    return MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKD)).replaceAll("").strip();
  }
}
