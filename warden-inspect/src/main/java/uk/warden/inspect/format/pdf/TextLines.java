package uk.warden.inspect.format.pdf;

import java.util.HashSet;
import java.util.Set;

/**
 * The lines of text a document holds, kept as 64-bit hashes of their normalised form, so that text
 * of an earlier revision can be checked for being gone from the current one without keeping the
 * text itself.
 */
final class TextLines {

  private static final int MAX_LINES = 2_000_000;

  private final Set<Long> hashes = new HashSet<>();
  private boolean overflowed;

  void add(String text) {
    for (String line : text.split("\n", -1)) {
      String normal = normalise(line);
      if (normal.isEmpty()) {
        continue;
      }
      if (hashes.size() >= MAX_LINES) {
        overflowed = true;
        return;
      }
      hashes.add(hash(normal));
    }
  }

  boolean contains(String line) {
    return hashes.contains(hash(normalise(line)));
  }

  /** Too many lines to remember: comparisons would be unreliable. */
  boolean overflowed() {
    return overflowed;
  }

  static String normalise(String line) {
    StringBuilder normal = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        space = normal.length() > 0;
      } else {
        if (space) {
          normal.append(' ');
          space = false;
        }
        normal.append(c);
      }
    }
    return normal.toString();
  }

  /** FNV-1a over the chars; collisions only hide a recovered line, never invent one. */
  private static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
