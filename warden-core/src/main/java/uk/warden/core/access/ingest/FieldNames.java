package uk.warden.core.access.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Remembers which field each name a log uses stands for, so the names on every line of a JSON log
 * are normalised once rather than millions of times. The parser hands out the same String for a
 * name it has seen, so a look-up is a cached hash and an identity check. Bounded: a hostile log
 * with a fresh name on every line stops being cached, not the reader.
 */
final class FieldNames {

  /** A name as a log writes it, and the field it stands for (null: not read by Warden). */
  record Name(String text, @Nullable EventField field) {}

  private static final int CAPACITY = 4096;
  private static final int MAX_CACHED = CAPACITY / 2;

  private final Name[] table = new Name[CAPACITY];
  private int cached;

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
