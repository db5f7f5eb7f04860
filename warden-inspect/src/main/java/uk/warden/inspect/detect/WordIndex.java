package uk.warden.inspect.detect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed map from words to small non-zero int values (ids, or bit flags that say what a word can
 * be), looked up case-insensitively straight from the text: one look-up per word (for a short ASCII
 * word, of its {@link PackedWords packed} form), however many questions a detector asks about it.
 * Like {@link WordSet}, for hot paths.
 */
public final class WordIndex {

  private final String[] slots;
  private final int[] hashes;
  private final int[] values;
  private final int mask;
  private final int shift;

  /** The words that pack, for the fast path of {@link #get}. */
  private final PackedWords packed;

  private WordIndex(Map<String, Integer> entries) {
    packed = new PackedWords(entries.size());
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    slots = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    entries.forEach(
        (word, value) -> {
          int hash = WordSet.hash(word, 0, word.length());
          int slot = (hash * 0x9E3779B9) >>> shift;
          while (slots[slot] != null) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = word;
          hashes[slot] = hash;
          values[slot] = value;
          long packedKey = PackedWords.of(word, 0, word.length());
          if (packedKey != 0) {
            packed.put(packedKey, value);
          }
        });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value of {@code text[start, end)}, ignoring case; 0 if the word is not in the index. */
  public int get(CharSequence text, int start, int end) {
    if (start < 0 || end > text.length() || end <= start) {
      return 0;
    }
    long packedWord = PackedWords.of(text, start, end);
    if (packedWord != 0) {
      return packed.get(packedWord);
    }
    int hash = WordSet.hash(text, start, end);
    int slot = (hash * 0x9E3779B9) >>> shift;
    String key;
    while ((key = slots[slot]) != null) {
      if (hashes[slot] == hash && WordSet.sameWord(key, text, start, end)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /** Collects words and values; a word given twice gets the bitwise or of its values. */
  public static final class Builder {
    private final Map<String, Integer> entries = new LinkedHashMap<>();

    public Builder put(String word, int value) {
      if (value == 0 || word.isEmpty()) {
        throw new IllegalArgumentException("an indexed word has a non-zero value");
      }
      entries.merge(word.toLowerCase(Locale.ROOT), value, (a, b) -> a | b);
      return this;
    }

    public WordIndex build() {
      return new WordIndex(entries);
    }
  }
}
