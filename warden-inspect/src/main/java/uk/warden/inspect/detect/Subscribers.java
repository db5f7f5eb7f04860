package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The detectors subscribed to one {@link Anchor}, with their {@link WordFilter}s compiled for the
 * scanner's loop. Every clause of every filter is a bit. One table gives, for each word length and
 * each set of {@link WordFilter.Shape shapes} a word can have, the clauses that allow it; two more
 * give the clauses that allow each first character and each following character; and one table maps
 * listed words to their clauses. A word then costs three array reads, one look-up and some bit
 * arithmetic, without a branch on its shape, and only detectors with a passing clause are called
 * (once each). A clause that asks for a {@link WordFilter#startingRun run} is checked on the text
 * only when everything else about the word lets it through.
 *
 * <p>An anchor with more than 64 clauses falls back to checking the remaining ones one by one.
 */
final class Subscribers {

  private static final int BITS = 64;

  /**
   * The entries of {@link #byNext}: ASCII, then one for any other character and one for the end.
   */
  private static final int NON_ASCII = 128;

  private static final int END_OF_TEXT = NON_ASCII + 1;
  private static final int LENGTHS = WordFilter.LONGEST + 1;

  /**
   * The shapes a word of each character-class mask has, as an index into {@link #byShapesLength}:
   * bit 0 {@code HAS_DIGIT}, 1 {@code ALL_DIGITS}, 2 {@code CAPITALS}, 3 {@code HEX} ({@code ANY}
   * always holds).
   */
  private static final int[] SHAPES = new int[64];

  private static final WordFilter.Shape[] SHAPE_OF_BIT = {
    WordFilter.Shape.HAS_DIGIT,
    WordFilter.Shape.ALL_DIGITS,
    WordFilter.Shape.CAPITALS,
    WordFilter.Shape.HEX
  };

  static {
    for (int mask = 0; mask < SHAPES.length; mask++) {
      for (int b = 0; b < SHAPE_OF_BIT.length; b++) {
        if (TextScanner.hasShape(SHAPE_OF_BIT[b], mask)) {
          SHAPES[mask] |= 1 << b;
        }
      }
    }
  }

  /** How many sets of shapes {@link #SHAPES} tells apart. */
  private static final int SHAPE_SETS = 1 << 4;

  final int count;
  private final int[] clauseDetector;
  private final WordFilter.Clause[] clauses;

  /** The clauses that allow a word, by [shape set * {@link #LENGTHS} + length]. */
  private final long[] byShapesLength;

  /** The clauses that allow a word by its first character, and by the character after it. */
  private final long[] byFirst;

  private final long[] byNext;

  /** The clauses with a run condition, checked last ({@link #checkRuns}). */
  private final long runClauses;

  final WordTable words;

  private Subscribers(
      List<Integer> owners, List<WordFilter.Clause> clauses, WordTable.Builder table) {
    this.count = clauses.size();
    this.clauseDetector = owners.stream().mapToInt(Integer::intValue).toArray();
    this.clauses = clauses.toArray(WordFilter.Clause[]::new);
    this.byShapesLength = new long[SHAPE_SETS * LENGTHS];
    this.byFirst = new long[128];
    this.byNext = new long[END_OF_TEXT + 1];
    long runs = 0;
    for (int b = 0; b < Math.min(count, BITS); b++) {
      WordFilter.Clause clause = this.clauses[b];
      long bit = 1L << b;
      WordSet listed = clause.words();
      if (listed != null) {
        listed.words().forEach(word -> table.clause(word, bit));
        continue;
      }
      if (clause.run() != null) {
        runs |= bit;
      }
      for (int shapes = 0; shapes < SHAPE_SETS; shapes++) {
        if (!hasShape(shapes, clause.shape())) {
          continue;
        }
        for (int length = 0; length < LENGTHS; length++) {
          if ((clause.lengths() & (1L << length)) != 0) {
            byShapesLength[shapes * LENGTHS + length] |= bit;
          }
        }
      }
      for (char c = 0; c < 128; c++) {
        if (clause.mayStartWith(c)) {
          byFirst[c] |= bit;
        }
        if (clause.mayBeFollowedBy(c)) {
          byNext[c] |= bit;
        }
      }
      if (clause.mayBeFollowedBy(NON_ASCII)) {
        byNext[NON_ASCII] |= bit;
      }
      if (clause.mayBeFollowedBy(-1)) {
        byNext[END_OF_TEXT] |= bit;
      }
    }
    this.runClauses = runs;
    this.words = table.build();
  }

  private static boolean hasShape(int shapes, WordFilter.Shape shape) {
    if (shape == WordFilter.Shape.ANY) {
      return true;
    }
    for (int b = 0; b < SHAPE_OF_BIT.length; b++) {
      if (SHAPE_OF_BIT[b] == shape) {
        return (shapes & (1 << b)) != 0;
      }
    }
    throw new IllegalArgumentException("unknown shape " + shape);
  }

  /**
   * The subscribers to {@code anchor}, and the words whose lookup they share: listed words and the
   * last words of every detector's context phrases that a word at this anchor can be.
   */
  static Subscribers of(Detector[] all, ContextWords[] contexts, Anchor anchor) {
    WordTable.Builder table = new WordTable.Builder();
    for (int d = 0; d < contexts.length; d++) {
      long bit = 1L << Math.min(d, 63);
      for (String word : contexts[d].lastWords()) {
        if (canStart(anchor, word.charAt(0))) {
          table.trigger(word, bit);
        }
      }
    }
    List<Integer> owners = new ArrayList<>();
    List<WordFilter.Clause> clauses = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (all[i].anchors().contains(anchor)) {
        WordFilter filter = anchor == Anchor.AT_SIGN ? WordFilter.any() : all[i].wordFilter();
        for (WordFilter.Clause clause : filter.clauses()) {
          owners.add(i);
          clauses.add(clause);
        }
      }
    }
    return new Subscribers(owners, clauses, table);
  }

  /** Whether a word starting with {@code c} (in either case) is offered at {@code anchor}. */
  private static boolean canStart(Anchor anchor, char c) {
    return switch (anchor) {
      case DIGIT -> Chars.isDigit(c);
      case UPPER, LOWER -> Chars.isLetter(c);
      case AT_SIGN -> false;
    };
  }

  /**
   * The clauses of filters (not of word sets) that let the word {@code text[start, end)} through:
   * {@code first} is its first character (ASCII), {@code mask} its character classes and {@code
   * next} the character after it (-1 at the end of the text). Small, so that the scanner's loop
   * takes it in.
   */
  long passing(CharSequence text, int start, int end, char first, int mask, int next) {
    long passing = byShapesLength[SHAPES[mask] * LENGTHS + Math.min(end - start, LENGTHS - 1)];
    if (passing != 0) {
      passing &= byFirst[first] & byNext[next < 0 ? END_OF_TEXT : Math.min(next, NON_ASCII)];
      if ((passing & runClauses) != 0) {
        passing = checkRuns(passing, text, start);
      }
    }
    return passing;
  }

  /** Whether {@link #offer} must be called for every word: more clauses than bits. */
  boolean overflows() {
    return count > BITS;
  }

  /**
   * Offers the word {@code text[start, end)} to every detector with a clause among {@code passing}
   * (from {@link #passing} and the word's entry in {@link #words}), once each, then to those with a
   * clause past the 64th that takes it.
   */
  void offer(ScanRun run, long passing, CharSequence text, int start, int end, int mask) {
    long left = passing;
    int lastDetector = -1;
    while (left != 0) {
      int b = Long.numberOfTrailingZeros(left);
      left &= left - 1;
      int detector = clauseDetector[b];
      if (detector != lastDetector) {
        run.offer(detector, start, end);
        lastDetector = detector;
      }
    }
    for (int b = BITS; b < count; b++) {
      int detector = clauseDetector[b];
      if (detector != lastDetector && accepts(b, text, start, end, mask)) {
        run.offer(detector, start, end);
        lastDetector = detector;
      }
    }
  }

  /**
   * Clears the run clauses among {@code passing} whose run the word at {@code start} does not
   * begin.
   */
  private long checkRuns(long passing, CharSequence text, int start) {
    long runs = passing & runClauses;
    long kept = passing;
    while (runs != 0) {
      int b = Long.numberOfTrailingZeros(runs);
      runs &= runs - 1;
      if (!clauses[b].mayBegin(text, start)) {
        kept &= ~(1L << b);
      }
    }
    return kept;
  }

  private boolean accepts(int b, CharSequence text, int start, int end, int mask) {
    WordFilter.Clause clause = clauses[b];
    WordSet set = clause.words();
    if (set != null) {
      return set.contains(text, start, end);
    }
    int next = end < text.length() ? text.charAt(end) : -1;
    return (clause.lengths() & (1L << Math.min(end - start, WordFilter.LONGEST))) != 0
        && TextScanner.hasShape(clause.shape(), mask)
        && clause.mayStartWith(text.charAt(start))
        && clause.mayBeFollowedBy(next)
        && clause.mayBegin(text, start);
  }
}
