package uk.warden.inspect.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words the scanner looks up as it reads, with what each means: which filter clauses list it
 * (so those detectors get the word) and which detectors have a context phrase ending in it (so that
 * a candidate of theirs may have context within the next few words; "number" ends "pay number" and
 * "collar number"). At most one probe per word, and none for a word whose first letter and length
 * no listed word has. Detector {@code i} is trigger bit {@code i}; bit 63 stands for every detector
 * from 63 on.
 */
final class WordTable {

  private final String[] slots;
  private final int[] hashes;
  private final long[] clauses;
  private final long[] triggers;
  private final int mask;
  private final int shift;
  private final long lengths;

  /**
   * Per first and last character (0-9, a-z, either case), the lengths of listed words: a word whose
   * first letter, last letter and length no listed word shares needs no hash and no probe.
   */
  private final long[] lengthsByEnds = new long[36 * 36];

  /** Builds the table from word (lower case) to {clause bits, trigger bits}. */
  private WordTable(Map<String, long[]> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    slots = new String[capacity];
    hashes = new int[capacity];
    clauses = new long[capacity];
    triggers = new long[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    long lengthBits = 0;
    for (Map.Entry<String, long[]> entry : entries.entrySet()) {
      String word = entry.getKey();
      long lengthBit = 1L << Math.min(word.length(), WordFilter.LONGEST);
      lengthBits |= lengthBit;
      int ends = ends(word, 0, word.length());
      if (ends >= 0) {
        lengthsByEnds[ends] |= lengthBit;
      }
      int hash = WordSet.hash(word, 0, word.length());
      int slot = (hash * 0x9E3779B9) >>> shift;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = word;
      hashes[slot] = hash;
      clauses[slot] = entry.getValue()[0];
      triggers[slot] = entry.getValue()[1];
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

  /** The slot of {@code text[start, end)} (whose hash is given), or -1 if it is not listed. */
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
        return slot;
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

  long clauses(int slot) {
    return slot < 0 ? 0L : clauses[slot];
  }

  long triggers(int slot) {
    return slot < 0 ? 0L : triggers[slot];
  }
}
