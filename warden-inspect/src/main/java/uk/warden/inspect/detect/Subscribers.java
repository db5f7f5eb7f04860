package uk.warden.inspect.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The detectors subscribed to one {@link Anchor}, with their {@link WordFilter}s compiled for the
 * scanner's loop. Every clause of every filter is a bit; for each word length and shape, each first
 * character and each following character there is a mask of the clauses that allow it, and one
 * table maps listed words to their clauses. A word then costs a few array reads, one table probe
 * and some bit arithmetic, and only detectors with a passing clause are called (once each).
 *
 * <p>An anchor with more than 64 clauses falls back to checking the remaining ones one by one.
 */
final class Subscribers {

  private static final int BITS = 64;
  private static final int NON_ASCII = 128;
  private static final int ANY = WordFilter.Shape.ANY.ordinal();
  private static final int HAS_DIGIT = WordFilter.Shape.HAS_DIGIT.ordinal();
  private static final int ALL_DIGITS = WordFilter.Shape.ALL_DIGITS.ordinal();
  private static final int CAPITALS = WordFilter.Shape.CAPITALS.ordinal();
  private static final int HEX = WordFilter.Shape.HEX.ordinal();

  final int count;
  private final int[] clauseDetector;
  private final WordFilter.Clause[] clauses;
  private final long[][] byLengthAndShape;
  private final long[] byFirst;
  private final long[] byNext;
  final WordTable words;

  private Subscribers(
      List<Integer> owners, List<WordFilter.Clause> clauses, WordTable.Builder table) {
    this.count = clauses.size();
    this.clauseDetector = owners.stream().mapToInt(Integer::intValue).toArray();
    this.clauses = clauses.toArray(WordFilter.Clause[]::new);
    this.byLengthAndShape = new long[WordFilter.LONGEST + 1][WordFilter.Shape.values().length];
    this.byFirst = new long[128];
    this.byNext = new long[NON_ASCII + 2];
    for (int b = 0; b < Math.min(count, BITS); b++) {
      WordFilter.Clause clause = this.clauses[b];
      long bit = 1L << b;
      WordSet listed = clause.words();
      if (listed != null) {
        listed.words().forEach(word -> table.clause(word, bit));
      }
      for (int length = 0; length <= WordFilter.LONGEST; length++) {
        if (clause.words() == null && (clause.lengths() & (1L << length)) != 0) {
          byLengthAndShape[length][clause.shape().ordinal()] |= bit;
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
        byNext[NON_ASCII + 1] |= bit;
      }
    }
    this.words = table.build();
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
   * Offers the word {@code text[start, end)} to every detector with a clause that takes it; {@code
   * slot} is the word's entry in {@link #words}, or -1.
   */
  void offer(ScanRun run, CharSequence text, int start, int end, int mask, int slot) {
    if (count == 0) {
      return;
    }
    long[] byShape = byLengthAndShape[Math.min(end - start, WordFilter.LONGEST)];
    long passing = byShape[ANY];
    if ((mask & TextScanner.DIGIT) != 0) {
      passing |= byShape[HAS_DIGIT];
      if (mask == TextScanner.DIGIT) {
        passing |= byShape[ALL_DIGITS];
      }
    }
    if ((mask & TextScanner.LOWER) == 0) {
      passing |= byShape[CAPITALS];
    }
    if ((mask & (TextScanner.NOT_HEX | TextScanner.UNDERSCORE)) == 0) {
      passing |= byShape[HEX];
    }
    if (passing != 0) {
      char first = text.charAt(start);
      passing &= first < 128 ? byFirst[first] : 0L;
      int next = end < text.length() ? Math.min(text.charAt(end), NON_ASCII) : NON_ASCII + 1;
      passing &= byNext[next];
    }
    passing |= words.clauses(slot);
    int lastDetector = -1;
    while (passing != 0) {
      int b = Long.numberOfTrailingZeros(passing);
      passing &= passing - 1;
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
        && clause.mayBeFollowedBy(next);
  }
}
