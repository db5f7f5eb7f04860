package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings table of a workbook (xl/sharedStrings.xml), read once into memory after its
 * size has been checked: most text cells only hold an index into it. Phonetic runs (furigana) are
 * left out, as Excel does not show them in the cell.
 */
final class SharedStrings {

  /** What one Java string costs beyond its characters (object, array header, list slot). */
  private static final long STRING_OVERHEAD_BYTES = 56;

  /** Half of the 512 MB heap the default limits are set for. */
  static final long MAX_MEMORY = 256L << 20;

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings none() {
    return new SharedStrings(List.of());
  }

  /**
   * Reads the table, refusing it as soon as it holds more strings than {@code maxStrings} (no
   * workbook needs more strings than cells) or would need more than {@link #MAX_MEMORY}.
   */
  static SharedStrings read(OoxmlPackage pkg, String part, long maxStrings) {
    long bytes = pkg.zip().declaredSize(part);
    List<String> strings = new ArrayList<>();
    try (XmlPart xml = pkg.xml(part)) {
      while (xml.nextStart()) {
        if (xml.is("si")) {
          if (strings.size() >= maxStrings
              || (strings.size() + 1L) * STRING_OVERHEAD_BYTES + bytes > MAX_MEMORY) {
            throw new Refusal(
                "the shared strings table holds more strings than a reading can keep in memory (over %s)"
                    .formatted(Sizes.count(strings.size())));
          }
          strings.add(xml.text("rPh"));
        }
      }
    }
    return new SharedStrings(strings);
  }

  /** The string at an index, or null when the index is not in the table. */
  @org.jspecify.annotations.Nullable
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }
}
