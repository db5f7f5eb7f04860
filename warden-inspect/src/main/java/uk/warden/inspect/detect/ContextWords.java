package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Words that make a candidate more likely (positive: "nhs", "date of birth") or that mark it as not
 * personal data (negative: "example", "test", "order", "ref"), looked for case-insensitively among
 * the few words just before the candidate, and (positive only) in a column header.
 *
 * <p>A phrase matches when its words appear consecutively, whatever the punctuation between them,
 * and its last word is within {@link #window()} words of the candidate: "a/c" matches "A/C" and "a
 * c"; "d.o.b" matches "D.O.B.". Immutable; the {@code with*} methods return tuned copies, which is
 * how a deployment changes context words without subclassing a detector.
 */
public final class ContextWords {

  public static final double DEFAULT_BOOST = 0.35;
  public static final int DEFAULT_WINDOW = 5;

  /** A context word never leaves a candidate below this score (Presidio's floor). */
  static final double FLOOR = 0.4;

  /**
   * The boost shrinks by this fraction for each word between the context word and the candidate, so
   * that in "staff no MP004512, collar number 4567" the nearer "collar number" decides.
   */
  static final double DECAY_PER_WORD = 0.1;

  /** A context phrase found, and how many words lie between it and the candidate. */
  record Found(String phrase, int distance) {}

  private static final ContextWords NONE =
      new ContextWords(List.of(), List.of(), DEFAULT_WINDOW, DEFAULT_BOOST);

  private final Phrase[] positive;
  private final Phrase[] negative;

  /** Per phrase, the hash of its last word; and a 256-bit filter of those hashes. */
  private final int[] positiveLastHashes;

  private final int[] negativeLastHashes;
  private final long[] positiveLastWords;
  private final long[] negativeLastWords;
  private final int window;
  private final double boost;

  private ContextWords(List<Phrase> positive, List<Phrase> negative, int window, double boost) {
    if (window < 1 || window > WordWindow.MAX_WORDS) {
      throw new IllegalArgumentException("window must be 1.." + WordWindow.MAX_WORDS + " words");
    }
    if (!(boost >= 0.0 && boost <= 1.0)) {
      throw new IllegalArgumentException("boost lies in [0, 1]");
    }
    this.positive = positive.toArray(Phrase[]::new);
    this.negative = negative.toArray(Phrase[]::new);
    this.positiveLastHashes = lastHashes(this.positive);
    this.negativeLastHashes = lastHashes(this.negative);
    this.positiveLastWords = lastWordBits(positiveLastHashes);
    this.negativeLastWords = lastWordBits(negativeLastHashes);
    this.window = window;
    this.boost = boost;
  }

  public static ContextWords none() {
    return NONE;
  }

  public static ContextWords of(String... positive) {
    return NONE.withPositive(positive);
  }

  /** A copy with these positive words added. */
  public ContextWords withPositive(String... words) {
    return new ContextWords(concat(positive, words), List.of(negative), window, boost);
  }

  /** A copy with these negative (suppressing) words added. */
  public ContextWords withNegative(String... words) {
    return new ContextWords(List.of(positive), concat(negative, words), window, boost);
  }

  public ContextWords withWindow(int words) {
    return new ContextWords(List.of(positive), List.of(negative), words, boost);
  }

  public ContextWords withBoost(double value) {
    return new ContextWords(List.of(positive), List.of(negative), window, value);
  }

  public List<String> positive() {
    return Stream.of(positive).map(Phrase::text).toList();
  }

  public List<String> negative() {
    return Stream.of(negative).map(Phrase::text).toList();
  }

  public int window() {
    return window;
  }

  public double boost() {
    return boost;
  }

  /** The last word of every phrase: a candidate can have context only if one of these is near. */
  List<String> lastWords() {
    List<String> words = new ArrayList<>();
    for (Phrase phrase : positive) {
      words.add(phrase.reversedWords()[0]);
    }
    for (Phrase phrase : negative) {
      words.add(phrase.reversedWords()[0]);
    }
    return words;
  }

  /** How many words before a candidate this context can look at: window plus longest phrase. */
  int wordsNeeded() {
    int longest = 1;
    for (Phrase phrase : positive) {
      longest = Math.max(longest, phrase.reversedWords().length);
    }
    for (Phrase phrase : negative) {
      longest = Math.max(longest, phrase.reversedWords().length);
    }
    return window + longest - 1;
  }

  public boolean isEmpty() {
    return positive.length == 0 && negative.length == 0;
  }

  /** The positive phrase found just before {@code position} in {@code text}, or null. */
  public @Nullable String positiveBefore(CharSequence text, int position) {
    WordWindow words = new WordWindow();
    words.loadBefore(text, position);
    Found found = positiveIn(words);
    return found == null ? null : found.phrase();
  }

  /** The negative phrase found just before {@code position} in {@code text}, or null. */
  public @Nullable String negativeBefore(CharSequence text, int position) {
    WordWindow words = new WordWindow();
    words.loadBefore(text, position);
    Found found = negativeIn(words);
    return found == null ? null : found.phrase();
  }

  /** The positive phrase found anywhere in a (short) column header, or null. */
  public @Nullable String positiveInHeader(CharSequence header) {
    WordWindow words = new WordWindow();
    words.loadAll(header);
    Found found =
        find(positive, positiveLastHashes, positiveLastWords, words, WordWindow.MAX_WORDS);
    return found == null ? null : found.phrase();
  }

  /** The boost a positive phrase gives at {@code distance} words from the candidate. */
  double boostAt(int distance) {
    return boost * Math.max(0.0, 1.0 - DECAY_PER_WORD * distance);
  }

  @Nullable Found positiveIn(WordWindow words) {
    return find(positive, positiveLastHashes, positiveLastWords, words, window);
  }

  @Nullable Found negativeIn(WordWindow words) {
    return find(negative, negativeLastHashes, negativeLastWords, words, window);
  }

  boolean hasNegative() {
    return negative.length > 0;
  }

  /** The nearest phrase found (the first listed wins a tie), or null. */
  private static @Nullable Found find(
      Phrase[] phrases, int[] lastHashes, long[] lastWords, WordWindow words, int window) {
    if (phrases.length == 0) {
      return null;
    }
    // Nearest word first; a phrase is tried only where its last word is.
    for (int at = 0; at < window && words.ensure(at + 1) > at; at++) {
      int hash = words.hash(at);
      if ((lastWords[(hash >>> 6) & 3] & (1L << hash)) == 0) {
        continue;
      }
      for (int p = 0; p < phrases.length; p++) {
        if (lastHashes[p] == hash && phrases[p].matchesAt(words, at)) {
          return new Found(phrases[p].text(), at);
        }
      }
    }
    return null;
  }

  private static int[] lastHashes(Phrase[] phrases) {
    int[] hashes = new int[phrases.length];
    for (int p = 0; p < phrases.length; p++) {
      hashes[p] = phrases[p].reversedHashes()[0];
    }
    return hashes;
  }

  /** A 256-bit filter of the phrases' last-word hashes: most words end no phrase. */
  private static long[] lastWordBits(int[] lastHashes) {
    long[] bits = new long[4];
    for (int hash : lastHashes) {
      bits[(hash >>> 6) & 3] |= 1L << hash;
    }
    return bits;
  }

  private static List<Phrase> concat(Phrase[] existing, String... words) {
    List<Phrase> all = new ArrayList<>(List.of(existing));
    for (String word : words) {
      all.add(Phrase.of(word));
    }
    return all;
  }

  @Override
  public String toString() {
    return "ContextWords[positive=" + positive() + ", negative=" + negative() + "]";
  }

  /** One context phrase, split into case-folded words, last word first for matching backwards. */
  private record Phrase(String text, String[] reversedWords, int[] reversedHashes) {

    static Phrase of(String text) {
      String[] split = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      List<String> words = new ArrayList<>();
      for (int i = split.length - 1; i >= 0; i--) {
        if (!split[i].isEmpty()) {
          words.add(split[i]);
        }
      }
      if (words.isEmpty() || words.size() > WordWindow.MAX_WORDS / 2) {
        throw new IllegalArgumentException("a context phrase has 1 to 6 words");
      }
      int[] hashes = new int[words.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = WordSet.hash(words.get(i), 0, words.get(i).length());
      }
      return new Phrase(text, words.toArray(String[]::new), hashes);
    }

    boolean matchesAt(WordWindow words, int at) {
      if (words.ensure(at + reversedWords.length) < at + reversedWords.length) {
        return false;
      }
      for (int k = 0; k < reversedWords.length; k++) {
        if (!words.is(at + k, reversedWords[k], reversedHashes[k])) {
          return false;
        }
      }
      return true;
    }
  }
}
