package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which words a detector wants to see at its anchors, declared once so that the scanner can skip
 * the call for every other word: a card number's first group is all digits and at most 19 long; a
 * rank starts with a rank word. Without a filter a detector sees every word at its anchors.
 *
 * <p>A filter is one or more clauses, any of which lets a word through. A clause is either a set of
 * lengths with a {@link Shape} (lengths above 63 count as 63), optionally with the characters the
 * word may start with and the characters that may follow it ("2" to "6" for a card number, "."
 * after an IPv4 octet), or a {@link WordSet} that the word must be in, which the scanner checks
 * with the look-up it makes of every word anyway. A lengths clause may also ask for the word to
 * begin a run of joined words ({@link #startingRun}), which the scanner checks on the text last,
 * only for a word that passes the rest.
 */
public final class WordFilter {

  /** What the characters of a word must be. */
  public enum Shape {
    ANY,
    /** At least one ASCII digit. */
    HAS_DIGIT,
    /** ASCII digits only. */
    ALL_DIGITS,
    /** No lower-case letters. */
    CAPITALS,
    /** Hexadecimal digits only, in either case. */
    HEX
  }

  static final int LONGEST = 63;
  private static final WordFilter ANY = new WordFilter(List.of(new Clause(-1L, Shape.ANY, null)));

  /**
   * One way through: lengths and shape (and optionally first and following characters and a run to
   * begin, null for any), or membership of a word set.
   */
  record Clause(
      long lengths,
      Shape shape,
      @Nullable String startingWith,
      @Nullable String followedBy,
      @Nullable Run run,
      @Nullable WordSet words) {

    Clause(long lengths, Shape shape, @Nullable WordSet words) {
      this(lengths, shape, null, null, null, words);
    }

    /** Whether a word may start with {@code c} (an ASCII character). */
    boolean mayStartWith(char c) {
      return startingWith == null || startingWith.indexOf(c) >= 0;
    }

    /** Whether a word may be followed by {@code c}; -1 stands for the end of the text. */
    boolean mayBeFollowedBy(int c) {
      return followedBy == null || (c >= 0 && followedBy.indexOf(c) >= 0);
    }

    /** Whether the word at {@code start} begins the run the clause asks for, if it asks for one. */
    boolean mayBegin(CharSequence text, int start) {
      return run == null || run.begunAt(text, start);
    }
  }

  /**
   * Words joined into one run by {@code joiners} ("2024-03-12", "a/b+c=="), at least {@code
   * minLength} characters long.
   */
  static final class Run {
    private final String joiners;
    private final int minLength;
    private final boolean[] asciiJoiner = new boolean[128];

    Run(String joiners, int minLength) {
      this.joiners = joiners;
      this.minLength = minLength;
      for (char c : joiners.toCharArray()) {
        if (c < 128) {
          asciiJoiner[c] = true;
        }
      }
    }

    /**
     * Whether the word at {@code word} is the first of such a run: no word character comes before
     * it across joiners, and from the first joiner before it (or the word itself) there are at
     * least {@code minLength} word characters and joiners.
     */
    boolean begunAt(CharSequence text, int word) {
      int start = word;
      while (start > 0 && isJoiner(text.charAt(start - 1))) {
        start--;
      }
      if (start > 0 && Chars.isWordChar(text.charAt(start - 1))) {
        return false;
      }
      int end = word;
      int limit = Math.min(text.length(), start + minLength);
      while (end < limit && (Chars.isWordChar(text.charAt(end)) || isJoiner(text.charAt(end)))) {
        end++;
      }
      return end - start >= minLength;
    }

    private boolean isJoiner(char c) {
      return c < 128 ? asciiJoiner[c] : joiners.indexOf(c) >= 0;
    }

    @Override
    public String toString() {
      return "Run[" + joiners + ", " + minLength + "]";
    }
  }

  private final List<Clause> clauses;

  private WordFilter(List<Clause> clauses) {
    this.clauses = List.copyOf(clauses);
  }

  /** Every word. */
  public static WordFilter any() {
    return ANY;
  }

  /** Words of {@code min} to {@code max} characters (max 63 or more: no upper bound). */
  public static WordFilter lengths(int min, int max) {
    long bits = 0;
    for (int n = Math.max(1, min); n <= Math.min(max, LONGEST); n++) {
      bits |= 1L << n;
    }
    return new WordFilter(List.of(new Clause(bits, Shape.ANY, null)));
  }

  /** Words of exactly one of these lengths. */
  public static WordFilter lengths(int... exactly) {
    long bits = 0;
    for (int n : exactly) {
      bits |= 1L << Math.min(Math.max(n, 1), LONGEST);
    }
    return new WordFilter(List.of(new Clause(bits, Shape.ANY, null)));
  }

  /** Words in {@code words}, ignoring case. */
  public static WordFilter words(WordSet words) {
    return new WordFilter(List.of(new Clause(0L, Shape.ANY, words)));
  }

  /** This filter with its last clause restricted to words of this shape. */
  public WordFilter with(Shape shape) {
    Clause last = last();
    return replaceLast(
        new Clause(
            last.lengths(),
            shape,
            last.startingWith(),
            last.followedBy(),
            last.run(),
            last.words()));
  }

  /** This filter with its last clause restricted to words starting with one of {@code chars}. */
  public WordFilter startingWith(String chars) {
    Clause last = last();
    return replaceLast(
        new Clause(
            last.lengths(), last.shape(), chars, last.followedBy(), last.run(), last.words()));
  }

  /** This filter with its last clause restricted to words followed by one of {@code chars}. */
  public WordFilter followedBy(String chars) {
    Clause last = last();
    return replaceLast(
        new Clause(
            last.lengths(), last.shape(), last.startingWith(), chars, last.run(), last.words()));
  }

  /**
   * This filter with its last clause restricted to the first word of a run of words joined by
   * {@code joiners} that is at least {@code minLength} characters long: a word preceded, across
   * joiners only, by a word character is not offered ("03" and "1985" in "12/03/1985"), nor is the
   * first word of a shorter run. Joiners just before the word count as part of the run ("/api").
   * For a detector that reads a whole run from its first word and ignores the others.
   */
  public WordFilter startingRun(String joiners, int minLength) {
    if (joiners.isEmpty() || minLength < 1) {
      throw new IllegalArgumentException("a run has joiners and a length of at least 1");
    }
    Clause last = last();
    return replaceLast(
        new Clause(
            last.lengths(),
            last.shape(),
            last.startingWith(),
            last.followedBy(),
            new Run(joiners, minLength),
            last.words()));
  }

  private Clause last() {
    return clauses.get(clauses.size() - 1);
  }

  private WordFilter replaceLast(Clause clause) {
    if (clause.words() != null
        && (clause.startingWith() != null || clause.followedBy() != null || clause.run() != null)) {
      throw new IllegalArgumentException("a word-set clause takes no character conditions");
    }
    List<Clause> replaced = new ArrayList<>(clauses);
    replaced.set(replaced.size() - 1, clause);
    return new WordFilter(replaced);
  }

  /** Words that pass this filter or the other. */
  public WordFilter or(WordFilter other) {
    List<Clause> both = new ArrayList<>(clauses);
    both.addAll(other.clauses);
    return new WordFilter(both);
  }

  List<Clause> clauses() {
    return clauses;
  }

  @Override
  public String toString() {
    return "WordFilter" + clauses;
  }
}
