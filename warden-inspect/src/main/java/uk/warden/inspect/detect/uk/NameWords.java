package uk.warden.inspect.detect.uk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.WordIndex;
import uk.warden.inspect.detect.WordSet;

/**
 * The word lists behind the name detector: honorifics, the bundled forename list ({@code
 * forenames.txt}, with its source at the top) and the capitalised words that follow a title or a
 * forename without being a surname (street types, organisations, days, months).
 */
final class NameWords {

  static final WordSet HONORIFICS =
      WordSet.of(
          "Mr",
          "Mrs",
          "Ms",
          "Miss",
          "Mx",
          "Dr",
          "Prof",
          "Professor",
          "Sir",
          "Dame",
          "Lord",
          "Lady",
          "Rev",
          "Revd",
          "Reverend",
          "Cllr",
          "Councillor");

  static final WordSet NOT_SURNAMES =
      WordSet.of(
          List.of(
              "the",
              "a",
              "an",
              "and",
              "or",
              "of",
              "in",
              "on",
              "at",
              "to",
              "for",
              "by",
              "with",
              "from",
              "street",
              "road",
              "lane",
              "avenue",
              "close",
              "drive",
              "way",
              "court",
              "place",
              "park",
              "square",
              "hill",
              "gardens",
              "crescent",
              "terrace",
              "grove",
              "walk",
              "row",
              "station",
              "police",
              "constabulary",
              "force",
              "hospital",
              "school",
              "centre",
              "center",
              "house",
              "hall",
              "church",
              "college",
              "university",
              "limited",
              "ltd",
              "plc",
              "inc",
              "group",
              "team",
              "unit",
              "council",
              "department",
              "office",
              "service",
              "services",
              "trust",
              "bank",
              "branch",
              "nhs",
              "number",
              "no",
              "date",
              "report",
              "section",
              "act",
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
              "january",
              "february",
              "march",
              "april",
              "june",
              "july",
              "august",
              "september",
              "october",
              "november",
              "december",
              "north",
              "south",
              "east",
              "west",
              "i",
              "he",
              "she",
              "we",
              "they",
              "it",
              "is",
              "was",
              "has",
              "had",
              "said",
              "says",
              "who",
              "will",
              "would",
              "can",
              "could",
              "should",
              "may",
              "might",
              "must",
              "also",
              "then",
              "when"));

  static final WordSet FORENAMES = WordSet.of(load("forenames.txt"));

  /** What a word can be, as bits: one look-up answers every question about it. */
  static final int HONORIFIC = 1;

  static final int FORENAME = 2;
  static final int NOT_SURNAME = 4;
  static final WordIndex KINDS = kinds();

  private NameWords() {}

  /**
   * Whether {@code text[start, end)} can be part of a name: a capital then letters, apostrophes or
   * hyphens each followed by a letter (O'Brien, Smith-Jones, McDonald, SMITH), and not a word that
   * merely follows titles.
   */
  static boolean isNameWord(CharSequence text, int start, int end) {
    if (end - start < 2 || !Chars.isUpper(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = text.charAt(i);
      boolean joiner = (c == '\'' || c == '-' || c == '\u2019') && i + 1 < end;
      if (!Chars.isLetter(c) && !joiner) {
        return false;
      }
    }
    return (KINDS.get(text, start, end) & (NOT_SURNAME | HONORIFIC)) == 0;
  }

  private static WordIndex kinds() {
    WordIndex.Builder kinds = WordIndex.builder();
    HONORIFICS.words().forEach(word -> kinds.put(word, HONORIFIC));
    FORENAMES.words().forEach(word -> kinds.put(word, FORENAME));
    NOT_SURNAMES.words().forEach(word -> kinds.put(word, NOT_SURNAME));
    return kinds.build();
  }

  /** The end of a name word starting at {@code start}: letters and inner ' or -. */
  static int nameWordEnd(CharSequence text, int start) {
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isLetter(c)) {
        i++;
      } else if ((c == '\'' || c == '-' || c == '\u2019')
          && i + 1 < n
          && Chars.isLetter(text.charAt(i + 1))
          && i > start) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static List<String> load(String resource) {
    try (InputStream in = NameWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
