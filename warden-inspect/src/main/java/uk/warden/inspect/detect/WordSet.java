package uk.warden.inspect.detect;

import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of words looked up case-insensitively straight from a region of the scanned text,
 * without making a String; a short ASCII word with one probe of its {@link PackedWords packed}
 * form. Detectors use it on hot paths (titles, forenames, keywords), where an allocation per word
 * would cost more than the rest of the scan.
 */
public final class WordSet {

  private final String[] slots;
  private final int[] hashes;
  private final int mask;
  private final int shift;
  private final int size;

  /** The words that pack, for the fast path of {@link #contains(CharSequence, int, int)}. */
  private final PackedWords packed;

  private WordSet(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    slots = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    packed = new PackedWords(words.size());
    int count = 0;
    for (String word : words) {
      String key = word.toLowerCase(Locale.ROOT);
      if (!key.isEmpty() && !containsSlowly(key, 0, key.length())) {
        int hash = hash(key, 0, key.length());
        int slot = slot(hash);
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = key;
        hashes[slot] = hash;
        long packedKey = PackedWords.of(key, 0, key.length());
        if (packedKey != 0) {
          packed.put(packedKey, 1);
        }
        count++;
      }
    }
    size = count;
  }

  public static WordSet of(Collection<String> words) {
    return new WordSet(words);
  }

  public static WordSet of(String... words) {
    return new WordSet(java.util.List.of(words));
  }

  /** A set holding the words of both. */
  public WordSet plus(WordSet other) {
    java.util.List<String> all = new java.util.ArrayList<>(words());
    all.addAll(other.words());
    return new WordSet(all);
  }

  /** The words, lower case, in no particular order. */
  public java.util.List<String> words() {
    java.util.List<String> words = new java.util.ArrayList<>(size);
    for (String slot : slots) {
      if (slot != null) {
        words.add(slot);
      }
    }
    return words;
  }

  public int size() {
    return size;
  }

  public boolean contains(CharSequence word) {
    return contains(word, 0, word.length());
  }

  /** Whether {@code text[start, end)} is in the set, ignoring case. */
  public boolean contains(CharSequence text, int start, int end) {
    if (start < 0 || end > text.length() || end <= start) {
      return false;
    }
    long packedWord = PackedWords.of(text, start, end);
    return packedWord != 0 ? packed.get(packedWord) != 0 : containsSlowly(text, start, end);
  }

  private boolean containsSlowly(CharSequence text, int start, int end) {
    int hash = hash(text, start, end);
    int slot = slot(hash);
    String key;
    while ((key = slots[slot]) != null) {
      if (hashes[slot] == hash && sameWord(key, text, start, end)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /**
   * Spreads the hash before masking: a 31-multiplier string hash keeps words that end alike in
   * neighbouring slots, and long probe runs made absent words (most look-ups) slow.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  static int hash(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = Chars.foldHash(hash, text.charAt(i));
    }
    return hash;
  }

  /** Whether {@code key} (lower case) equals {@code text[start, end)} ignoring case. */
  static boolean sameWord(String key, CharSequence text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != Chars.toLower(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }
}
