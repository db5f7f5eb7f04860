package uk.warden.inspect.detect;

/**
 * The words before a position (nearest first), or all words of a column header, with their
 * case-folded hashes, so that every detector's context check at that position reuses one backward
 * walk. Mutable and reused within one scan; never shared between threads.
 */
final class WordWindow {

  /** Enough for a five-word window plus the longest context phrase. */
  static final int MAX_WORDS = 12;

  /** Bounds the backward walk over long runs of punctuation or spaces. */
  private static final int MAX_CHARS_BACK = 160;

  private final int capacity;
  private final int[] starts;
  private final int[] ends;
  private final int[] hashes;
  private CharSequence text = "";
  private int count;
  private int cursor = -1;
  private int limit;

  WordWindow() {
    this(MAX_WORDS);
  }

  /** A window that loads at most {@code capacity} words: all that any context phrase can use. */
  WordWindow(int capacity) {
    this.capacity = Math.max(1, Math.min(capacity, MAX_WORDS));
    this.starts = new int[this.capacity];
    this.ends = new int[this.capacity];
    this.hashes = new int[this.capacity];
  }

  /**
   * Starts a window on the words that end before {@code position}, nearest first. Words are read
   * lazily, as far back as a phrase match needs ({@link #ensure}).
   */
  void loadBefore(CharSequence source, int position) {
    text = source;
    count = 0;
    cursor = Math.min(position, source.length()) - 1;
    limit = Math.max(0, position - MAX_CHARS_BACK);
  }

  /** Loads the last words of a header (up to this window's capacity), nearest to its end first. */
  void loadAll(CharSequence header) {
    loadBefore(header, header.length());
    ensure(capacity);
  }

  /** Reads back until {@code words} words are loaded or none are left; returns how many are. */
  int ensure(int words) {
    int wanted = Math.min(words, capacity);
    while (count < wanted && cursor >= limit) {
      while (cursor >= limit && !Chars.isContextChar(text.charAt(cursor))) {
        cursor--;
      }
      if (cursor < limit) {
        break;
      }
      int end = cursor + 1;
      while (cursor >= 0 && Chars.isContextChar(text.charAt(cursor))) {
        cursor--;
      }
      add(cursor + 1, end);
    }
    return count;
  }

  private void add(int start, int end) {
    starts[count] = start;
    ends[count] = end;
    hashes[count] = WordSet.hash(text, start, end);
    count++;
  }

  /** Whether word {@code index} (0 = nearest) equals {@code word}, given its hash. */
  /** The case-folded hash of word {@code index} (0 = nearest), which must be loaded. */
  int hash(int index) {
    return hashes[index];
  }

  boolean is(int index, String word, int hash) {
    return hashes[index] == hash && WordSet.sameWord(word, text, starts[index], ends[index]);
  }
}
