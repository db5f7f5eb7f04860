package uk.warden.core.access.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Remembers which field each name a log uses stands for, so the names on every line of a JSON log
 * are looked up in place (no copy of the name) and normalised once rather than millions of times.
 * Bounded: a hostile log with a fresh name on every line stops being cached, not the reader.
 */
final class FieldNames {

  /** A name as a log writes it, and the field it stands for (null: not read by Warden). */
  record Name(String text, @Nullable EventField field) {}

  private static final int CAPACITY = 4096;
  private static final int MAX_CACHED = CAPACITY / 2;

  private final Name[] table = new Name[CAPACITY];
  private int cached;

  /** The name at {@code line[start, end)}. */
  Name lookup(String line, int start, int end) {
    int length = end - start;
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + line.charAt(i);
    }
    int slot = spread(hash);
    for (Name name = table[slot]; name != null; name = table[slot]) {
      if (name.text().length() == length && line.regionMatches(start, name.text(), 0, length)) {
        return name;
      }
      slot = (slot + 1) & (CAPACITY - 1);
    }
    return remember(slot, line.substring(start, end));
  }

  Name lookup(String text) {
    int slot = spread(text.hashCode());
    for (Name name = table[slot]; name != null; name = table[slot]) {
      if (name.text().equals(text)) {
        return name;
      }
      slot = (slot + 1) & (CAPACITY - 1);
    }
    return remember(slot, text);
  }

  private Name remember(int slot, String text) {
    Name name = new Name(text, EventField.named(text));
    if (cached < MAX_CACHED) {
      table[slot] = name;
      cached++;
    }
    return name;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (CAPACITY - 1);
  }
}
