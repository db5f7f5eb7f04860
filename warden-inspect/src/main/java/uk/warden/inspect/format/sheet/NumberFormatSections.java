package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an Excel number format shows anything: {@code ;;;} and its relatives have empty sections,
 * so the cell looks blank while its value is still in the file (a classic way of hiding data).
 */
final class NumberFormatSections {

  private NumberFormatSections() {}

  /** Whether numbers in this format display nothing (every numeric section is empty). */
  static boolean hidesNumbers(String code) {
    if (code.isEmpty()) {
      return false;
    }
    List<String> sections = split(code);
    int numeric = Math.min(3, sections.size());
    for (int i = 0; i < numeric; i++) {
      if (!showsNothing(sections.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether text in this format displays nothing (an empty fourth section). */
  static boolean hidesText(String code) {
    List<String> sections = split(code);
    return sections.size() >= 4 && showsNothing(sections.get(3));
  }

  static List<String> split(String code) {
    List<String> sections = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '\\' && !quoted && i + 1 < code.length()) {
        current.append(c).append(code.charAt(++i));
        continue;
      }
      if (c == '"' && !bracket) {
        quoted = !quoted;
      } else if (c == '[' && !quoted) {
        bracket = true;
      } else if (c == ']' && !quoted) {
        bracket = false;
      } else if (c == ';' && !quoted && !bracket) {
        sections.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    sections.add(current.toString());
    return sections;
  }

  /**
   * Whether a section renders as blank: nothing left once colours and conditions, empty literals,
   * padding ({@code _x}) and spaces are taken out.
   */
  static boolean showsNothing(String section) {
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      switch (c) {
        case '[' -> {
          int end = section.indexOf(']', i);
          if (end < 0) {
            return false;
          }
          i = end;
        }
        case '"' -> {
          int end = section.indexOf('"', i + 1);
          if (end < 0 || !section.substring(i + 1, end).isBlank()) {
            return false;
          }
          i = end;
        }
        case '_' -> i++;
        case '*', '\\' -> {
          if (i + 1 < section.length() && section.charAt(i + 1) != ' ') {
            return false;
          }
          i++;
        }
        case ' ' -> {
          // a space shows nothing
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }
}
