package uk.warden.inspect.detect.police;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.Rank;
import uk.warden.core.register.RankTable;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.WordIndex;
import uk.warden.inspect.detect.WordSet;

/**
 * Recognises rank titles and abbreviations in text ("Sergeant", "Detective Chief Inspector", "DCI",
 * "Sgt.", "Ch Supt"), with warden-core's {@link RankTable} as the authority: a phrase is a rank
 * only if one of the tables finds it. The table does not list its aliases, so at construction every
 * phrase of up to three words from a vocabulary of rank words (the tables' titles and codes and the
 * usual abbreviations) is put to the tables, and the ones they know are kept as sequences of word
 * ids; matching then costs one look-up per word.
 *
 * <p>Case rules: every word starts with a capital; words the tables write in capitals ("PC", "DC",
 * "DCI", "ACC") must be in capitals, so "pc" in "a pc" or inside a word, and "Acc", are never
 * ranks, while "Sgt", "Insp" and "Chief Inspector" may be capitalised or all capitals.
 */
public final class RankLexicon {

  private static final List<String> ALIAS_WORDS =
      List.of(
          "Police",
          "Detective",
          "Det",
          "Chief",
          "Deputy",
          "Assistant",
          "Sgt",
          "Insp",
          "Supt",
          "Ch",
          "Cmdr",
          "DC",
          "DS",
          "DI",
          "DCI",
          "DSU",
          "DCS",
          "DSupt");

  /** In an index value: the word may be written capitalised, not only in capitals. */
  private static final int TITLE_CASE = 1 << 16;

  private static final int ID_MASK = 0xFFFF;

  private final List<String> vocabulary;
  private final WordIndex index;
  private final int[] knownPhrases;

  private RankLexicon(List<RankTable> tables) {
    Set<String> words = new LinkedHashSet<>(ALIAS_WORDS);
    Set<String> phraseWords = new LinkedHashSet<>(List.of("Police", "Detective", "Det", "Ch"));
    for (RankTable table : tables) {
      for (Rank rank : table.ranks()) {
        words.add(rank.code());
        List<String> titleWords = List.of(rank.title().split(" "));
        words.addAll(titleWords);
        phraseWords.addAll(titleWords);
      }
    }
    // One id per word whatever its case ("Insp" and the code "INSP"); capitalised if any
    // spelling of it is.
    Map<String, Boolean> titleCase = new LinkedHashMap<>();
    for (String word : words) {
      boolean capitalised = !word.equals(word.toUpperCase(Locale.ROOT));
      titleCase.merge(word.toLowerCase(Locale.ROOT), capitalised, Boolean::logicalOr);
    }
    this.vocabulary = List.copyOf(titleCase.keySet());
    WordIndex.Builder builder = WordIndex.builder();
    for (int id = 0; id < vocabulary.size(); id++) {
      String word = vocabulary.get(id);
      builder.put(word, (id + 1) | (titleCase.get(word) ? TITLE_CASE : 0));
    }
    this.index = builder.build();
    this.knownPhrases = knownPhrases(tables, List.copyOf(phraseWords));
  }

  /** England and Wales ranks and the Metropolitan Police's. */
  public static RankLexicon standard() {
    return new RankLexicon(
        List.of(
            RankTable.load(RankTable.ENGLAND_AND_WALES), RankTable.load(RankTable.METROPOLITAN)));
  }

  public static RankLexicon of(List<RankTable> tables) {
    return new RankLexicon(tables);
  }

  /** The words a rank phrase can start with (and be made of). */
  public WordSet words() {
    return WordSet.of(vocabulary);
  }

  /**
   * The end of the longest rank phrase starting at {@code start} (without a trailing dot), or -1.
   * Words are separated by one space, or by ". " after an abbreviation.
   */
  public int match(CharSequence text, int start) {
    int end1 = Chars.lettersEnd(text, start);
    int word1 = word(text, start, end1);
    if (word1 == 0) {
      return -1;
    }
    int start2 = nextWordStart(text, end1);
    int end2 = start2 < 0 ? -1 : Chars.lettersEnd(text, start2);
    int word2 = start2 < 0 ? 0 : word(text, start2, end2);
    int start3 = word2 == 0 ? -1 : nextWordStart(text, end2);
    int end3 = start3 < 0 ? -1 : Chars.lettersEnd(text, start3);
    int word3 = start3 < 0 ? 0 : word(text, start3, end3);
    if (word3 != 0 && isKnown(word1, word2, word3)) {
      return end3;
    }
    if (word2 != 0 && isKnown(word1, word2, 0)) {
      return end2;
    }
    return isKnown(word1, 0, 0) ? end1 : -1;
  }

  /**
   * The id (1-based) of the capitalised vocabulary word {@code text[start, end)} if its case fits,
   * else 0.
   */
  private int word(CharSequence text, int start, int end) {
    if (end == start || !Chars.isUpper(text.charAt(start))) {
      return 0;
    }
    int value = index.get(text, start, end);
    if (value == 0 || ((value & TITLE_CASE) == 0 && !allCapitals(text, start, end))) {
      return 0;
    }
    return value & ID_MASK;
  }

  private static int nextWordStart(CharSequence text, int end) {
    int next = Chars.charAt(text, end, '.') ? end + 1 : end;
    return Chars.charAt(text, next, ' ') && Chars.upperAt(text, next + 1) ? next + 1 : -1;
  }

  private boolean isKnown(int word1, int word2, int word3) {
    return Arrays.binarySearch(knownPhrases, pack(word1, word2, word3)) >= 0;
  }

  private static int pack(int word1, int word2, int word3) {
    return word1 | word2 << 10 | word3 << 20;
  }

  private static boolean allCapitals(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Chars.isLower(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every phrase the tables know, as packed word ids: single words and pairs from the whole
   * vocabulary, triples from the words of titles ("Detective Chief Inspector"); a few thousand
   * look-ups, once.
   */
  private int[] knownPhrases(List<RankTable> tables, List<String> phraseWords) {
    Set<Integer> known = new TreeSet<>();
    List<int[]> candidates = new ArrayList<>();
    int size = vocabulary.size();
    for (int a = 1; a <= size; a++) {
      candidates.add(new int[] {a});
      for (int b = 1; b <= size; b++) {
        candidates.add(new int[] {a, b});
      }
    }
    for (String first : phraseWords) {
      for (String second : phraseWords) {
        for (String third : phraseWords) {
          candidates.add(new int[] {id(first), id(second), id(third)});
        }
      }
    }
    for (int[] ids : candidates) {
      StringBuilder key = new StringBuilder();
      for (int id : ids) {
        key.append(vocabulary.get(id - 1));
      }
      String phrase = key.toString();
      if (tables.stream().anyMatch(table -> table.find(phrase).isPresent())) {
        known.add(pack(ids[0], ids.length > 1 ? ids[1] : 0, ids.length > 2 ? ids[2] : 0));
      }
    }
    return known.stream().mapToInt(Integer::intValue).toArray();
  }

  private int id(String word) {
    return vocabulary.indexOf(word.toLowerCase(Locale.ROOT)) + 1;
  }
}
