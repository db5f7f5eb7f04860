package uk.warden.inspect.format.word;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.inspect.format.ooxml.NumberRanges;

/** Where in a part something was seen: paragraph numbers, or named containers (comment 2). */
final class Places {

  private static final int MAX_NAMED = 10;

  /** A location names the first places; a part with more is not listed in full. */
  private static final int MAX_KEPT = 10_000;

  private final Set<Integer> paragraphs = new TreeSet<>();
  private final Set<String> named = new LinkedHashSet<>();

  private boolean more;

  void add(Paragraph paragraph) {
    String container = paragraph.container();
    if (container != null) {
      if (named.size() < MAX_KEPT) {
        named.add(container);
      }
    } else if (paragraphs.size() < MAX_KEPT) {
      paragraphs.add(paragraph.number());
    } else if (!paragraphs.contains(paragraph.number())) {
      more = true;
    }
  }

  boolean isEmpty() {
    return paragraphs.isEmpty() && named.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!paragraphs.isEmpty()) {
      text.append(NumberRanges.label("paragraph", paragraphs));
      if (more) {
        text.append(", …");
      }
    }
    int shown = 0;
    for (String name : named) {
      if (text.length() > 0) {
        text.append("; ");
      }
      if (++shown > MAX_NAMED) {
        text.append("…");
        break;
      }
      text.append(name);
    }
    return text.toString();
  }
}
