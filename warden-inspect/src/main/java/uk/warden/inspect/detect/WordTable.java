package uk.warden.inspect.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words the scanner looks up as it reads, with what each means: which filter clauses list it
 * (so those detectors get the word) and which detectors have a context phrase ending in it (so that
 * a candidate of theirs may have context within the next few words; "number" ends "pay number" and
 * "collar number"). Detector {@code i} is trigger bit {@code i}; bit 63 stands for every detector
 * from 63 on.
 *
 * <p>Most words are short and ASCII, so they have a fast path: the scanner {@link PackedWords
 * packs} such a word into a long as it reads it. The look-up multiplies that long once; its top
 * bits pick a bit of a small filter (2 KB, so it stays in the first-level cache) that is clear for
 * most words that are not listed, and only the others probe the table of packed words, with no
 * second reading of the word and no string comparison. Other words (longer, or with a character
 * outside ASCII) are hashed from the text, and only if a listed word has their first letter, last
 * letter and length.
 */
final class WordTable {

  /** The fast path's filter has 2^14 bits: a few per cent of unlisted words get through. */
  private static final int FILTER_BITS = 14;

  /** Per entry: the clause bits and the trigger bits. */
  private final long[] clauses;

  private final long[] triggers;

  /**
   * The fast path: the filter (bit {@link #filterBit} of a listed packed word is set), then the
   * packed words, each with its entry plus one.
   */
  private final long[] filter = new long[1 << (FILTER_BITS - 6)];

  private final PackedWords packed;

  /** The slow path, over every entry: words, their hashes and entries, open addressing. */
  private final String[] slots;

  private final int[] hashes;
  private final int[] entries;
  private final int mask;
  private final int shift;
  private final long lengths;

  /**
   * Per first and last character (0-9, a-z, either case), the lengths of listed words: a word whose
   * first letter, last letter and length no listed word shares needs no hash and no probe.
   */
  private final long[] lengthsByEnds = new long[36 * 36];

  /** Builds the table from word (lower case) to {clause bits, trigger bits}. */
  private WordTable(Map<String, long[]> words) {
    int size = words.size();
    clauses = new long[size];
    triggers = new long[size];
    int capacity = Integer.highestOneBit(Math.max(4, size * 3)) << 1;
    slots = new String[capacity];
    hashes = new int[capacity];
    entries = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    packed = new PackedWords(size);
    long lengthBits = 0;
    int entry = 0;
    for (Map.Entry<String, long[]> word : words.entrySet()) {
      String key = word.getKey();
      clauses[entry] = word.getValue()[0];
      triggers[entry] = word.getValue()[1];
      long lengthBit = 1L << Math.min(key.length(), WordFilter.LONGEST);
      lengthBits |= lengthBit;
      int ends = ends(key, 0, key.length());
      if (ends >= 0) {
        lengthsByEnds[ends] |= lengthBit;
      }
      int hash = WordSet.hash(key, 0, key.length());
      int slot = (hash * 0x9E3779B9) >>> shift;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = key;
      hashes[slot] = hash;
      entries[slot] = entry;
      long packedKey = PackedWords.of(key, 0, key.length());
      if (packedKey != 0) {
        int bit = filterBit(packedKey);
        filter[bit >>> 6] |= 1L << bit;
        packed.put(packedKey, entry + 1);
      }
      entry++;
    }
    this.lengths = lengthBits;
  }

  /** Collects entries, then builds the table. */
  static final class Builder {
    private final Map<String, long[]> entries = new LinkedHashMap<>();

    Builder clause(String word, long bits) {
      entries.computeIfAbsent(word, w -> new long[2])[0] |= bits;
      return this;
    }

    Builder trigger(String word, long bits) {
      entries.computeIfAbsent(word, w -> new long[2])[1] |= bits;
      return this;
    }

    WordTable build() {
      return new WordTable(entries);
    }
  }

  /** The bit of {@link #filter} for a packed word. */
  private static int filterBit(long packedWord) {
    return (int) ((packedWord * PackedWords.SPREAD) >>> (64 - FILTER_BITS));
  }

  /**
   * The entry of a word that {@link PackedWords packs}, given packed, or -1 if it is not listed:
   * the fast path. Any other word goes to {@link #find(CharSequence, int, int)}.
   */
  int findPacked(long packedWord) {
    int bit = filterBit(packedWord);
    return (filter[bit >>> 6] & (1L << bit)) == 0 ? -1 : packed.get(packedWord) - 1;
  }

  /** The entry of the word {@code text[start, end)}, or -1 if it is not listed. */
  int find(CharSequence text, int start, int end) {
    long lengthBit = 1L << Math.min(end - start, WordFilter.LONGEST);
    if ((lengths & lengthBit) == 0) {
      return -1;
    }
    int ends = ends(text, start, end);
    if (ends >= 0 && (lengthsByEnds[ends] & lengthBit) == 0) {
      return -1;
    }
    int hash = WordSet.hash(text, start, end);
    int slot = (hash * 0x9E3779B9) >>> shift;
    String key;
    while ((key = slots[slot]) != null) {
      if (hashes[slot] == hash && WordSet.sameWord(key, text, start, end)) {
        return entries[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * The pair of first and last character buckets, or -1 if either is not an ASCII letter or digit.
   */
  private static int ends(CharSequence text, int start, int end) {
    int first = bucket(text.charAt(start));
    int last = bucket(text.charAt(end - 1));
    return first < 0 || last < 0 ? -1 : first * 36 + last;
  }

  /** 0-35 for an ASCII digit or letter (either case), -1 for anything else. */
  private static int bucket(char c) {
    if (Chars.isDigit(c)) {
      return c - '0';
    }
    char lower = Chars.toLower(c);
    return lower >= 'a' && lower <= 'z' && c < 128 ? 10 + lower - 'a' : -1;
  }

  long clauses(int entry) {
    return entry < 0 ? 0L : clauses[entry];
  }

  long triggers(int entry) {
    return entry < 0 ? 0L : triggers[entry];
  }
}
