package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sheet-qualified references in formula text ({@code Staff!$A$2:$D$9501}, {@code 'Pay 2024'!B3},
 * {@code [1]Sheet1!A1}, {@code '[book.xlsx]Sheet0'!A1:B1}), as defined names, charts and cells
 * write them, and whether a formula reaches outside the workbook (another book or DDE). String
 * literals are skipped; structured table references ({@code Table1[Col]}) are not sheet references
 * and are ignored.
 */
final class FormulaRefs {

  /** A reference: the external book (null inside this workbook), the sheet, and the area text. */
  record Ref(@Nullable String book, String sheet, String area) {

    boolean external() {
      return book != null;
    }
  }

  private FormulaRefs() {}

  static List<Ref> find(String formula) {
    List<Ref> refs = new ArrayList<>();
    int i = 0;
    int length = formula.length();
    while (i < length) {
      char c = formula.charAt(i);
      if (c == '"') {
        i = skipString(formula, i);
        continue;
      }
      if (c == '\'') {
        int end = quotedEnd(formula, i);
        if (end < 0) {
          return refs;
        }
        if (end + 1 < length && formula.charAt(end + 1) == '!') {
          String name = formula.substring(i + 1, end).replace("''", "'");
          i = area(formula, end + 2, name, refs);
        } else {
          i = end + 1;
        }
        continue;
      }
      if (startsName(c) && (i == 0 || !partOfName(formula.charAt(i - 1)))) {
        int end = i;
        while (end < length
            && (partOfName(formula.charAt(end))
                || formula.charAt(end) == '['
                || formula.charAt(end) == ']'
                || formula.charAt(end) == ':')) {
          end++;
        }
        if (end < length && formula.charAt(end) == '!' && end > i) {
          i = area(formula, end + 1, formula.substring(i, end), refs);
          continue;
        }
        i = Math.max(end, i + 1);
        continue;
      }
      i++;
    }
    return refs;
  }

  /** Whether a formula takes values from another workbook or, through DDE, another program. */
  static boolean reachesOutside(String formula) {
    for (Ref ref : find(formula)) {
      if (ref.external()) {
        return true;
      }
    }
    return hasDde(formula);
  }

  /** DDE in a formula: {@code =cmd|'/c calc'!A0}, a pipe outside string literals. */
  private static boolean hasDde(String formula) {
    for (int i = 0; i < formula.length(); i++) {
      char c = formula.charAt(i);
      if (c == '"') {
        i = skipString(formula, i) - 1;
      } else if (c == '\'') {
        int end = quotedEnd(formula, i);
        if (end < 0) {
          return false;
        }
        i = end;
      } else if (c == '|') {
        return true;
      }
    }
    return false;
  }

  private static int area(String formula, int start, String qualifier, List<Ref> refs) {
    int end = start;
    while (end < formula.length() && partOfArea(formula.charAt(end))) {
      end++;
    }
    String book = null;
    String sheet = qualifier;
    int open = qualifier.indexOf('[');
    int close = qualifier.indexOf(']');
    if (open >= 0 && close > open) {
      book = qualifier.substring(0, close + 1);
      sheet = qualifier.substring(close + 1);
    }
    refs.add(new Ref(book, sheet, formula.substring(start, end)));
    return Math.max(end, start);
  }

  private static int skipString(String formula, int start) {
    int i = start + 1;
    while (i < formula.length()) {
      if (formula.charAt(i) == '"') {
        if (i + 1 < formula.length() && formula.charAt(i + 1) == '"') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return formula.length();
  }

  private static int quotedEnd(String formula, int start) {
    int i = start + 1;
    while (i < formula.length()) {
      if (formula.charAt(i) == '\'') {
        if (i + 1 < formula.length() && formula.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }

  private static boolean startsName(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '[' || c == '\\';
  }

  private static boolean partOfName(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  private static boolean partOfArea(char c) {
    return Character.isLetterOrDigit(c) || c == '$' || c == ':' || c == '#' || c == '!';
  }
}
