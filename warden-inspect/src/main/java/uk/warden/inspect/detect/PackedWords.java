package uk.warden.inspect.detect;

/**
 * Short words as longs, for look-ups without hashing a string or comparing one: a word of at most
 * {@value #MAX_LENGTH} ASCII word characters (letters, digits, underscore) packs into a long, a
 * byte a character, case-folded, so that two such words are equal ignoring case exactly when their
 * longs are (none is 0: every byte of a word is at least {@code 0x20}). Most words in text are such
 * words. {@link WordTable}, {@link WordSet} and {@link WordIndex} keep the listed words that pack
 * in a {@code PackedWords} beside their string table, and look up a packable word here and any
 * other there.
 */
final class PackedWords {

  /** The longest word that packs: eight bytes of a long. */
  static final int MAX_LENGTH = 8;

  /** Multiplies a key to spread its bits; the table takes the top bits. */
  static final long SPREAD = 0x9E3779B97F4A7C15L;

  private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHAR[c] = Chars.isWordChar(c);
    }
  }

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int shift;

  /** A table for at most {@code capacity} words. */
  PackedWords(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity)) << 2; // at most half full
    keys = new long[slots];
    values = new int[slots];
    mask = slots - 1;
    shift = Long.numberOfLeadingZeros(mask);
  }

  /** Per length, the bit that folds case ({@code c | 0x20}) in each byte of a word that long. */
  private static final long[] FOLD = new long[MAX_LENGTH + 1];

  static {
    for (int length = 1; length <= MAX_LENGTH; length++) {
      FOLD[length] = (FOLD[length - 1] << 8) | 0x20;
    }
  }

  /**
   * Extends a word by one character, shifted in as it is; {@link #folded} then folds the case of
   * the whole word at once. Only meaningful for ASCII characters: a word with any other is not
   * packed.
   */
  static long pack(long unfolded, char c) {
    return (unfolded << 8) | c;
  }

  /**
   * The packed form of a word of {@code length} (at most {@value #MAX_LENGTH}) ASCII word
   * characters put together by {@link #pack}. For them {@code c | 0x20} is one-to-one and folds
   * capitals to small letters.
   */
  static long folded(long unfolded, int length) {
    return unfolded | FOLD[length];
  }

  /** The packed form of {@code text[start, end)}, or 0 if it does not pack. */
  static long of(CharSequence text, int start, int end) {
    if (end - start > MAX_LENGTH || end <= start) {
      return 0;
    }
    long unfolded = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !ASCII_WORD_CHAR[c]) {
        return 0;
      }
      unfolded = pack(unfolded, c);
    }
    return folded(unfolded, end - start);
  }

  /** Puts a non-zero value under a packed word; the word must not be there yet. */
  void put(long packed, int value) {
    int at = slot(packed);
    while (keys[at] != 0) {
      at = (at + 1) & mask;
    }
    keys[at] = packed;
    values[at] = value;
  }

  /** The value under a packed word, or 0. */
  int get(long packed) {
    int at = slot(packed);
    long key;
    while ((key = keys[at]) != 0) {
      if (key == packed) {
        return values[at];
      }
      at = (at + 1) & mask;
    }
    return 0;
  }

  private int slot(long packed) {
    return (int) ((packed * SPREAD) >>> shift);
  }
}
