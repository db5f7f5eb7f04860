package uk.warden.inspect.format.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cells a spreadsheet would run as formulas that reach outside the file when the CSV is opened: web
 * requests (WEBSERVICE, IMPORTXML and kin), links (HYPERLINK, IMAGE) and DDE, which starts
 * programs. A CSV released to the public can carry them to every recipient.
 */
final class FormulaCells {

  private static final List<String> FUNCTIONS =
      List.of(
          "HYPERLINK",
          "WEBSERVICE",
          "FILTERXML",
          "IMPORTXML",
          "IMPORTDATA",
          "IMPORTHTML",
          "IMPORTFEED",
          "IMPORTRANGE",
          "IMAGE",
          "RTD",
          "CALL",
          "REGISTER.ID");

  private static final int MAX_NAMED = 20;

  private final List<String> cells = new ArrayList<>();
  private final Set<String> functions = new LinkedHashSet<>();
  private long count;

  void check(int row, int column, String value) {
    String function = external(value);
    if (function == null) {
      return;
    }
    count++;
    functions.add(function);
    if (cells.size() < MAX_NAMED) {
      cells.add(column(column) + (row + 1));
    }
  }

  long count() {
    return count;
  }

  String cells() {
    return String.join(", ", cells) + (count > cells.size() ? ", …" : "");
  }

  String detail() {
    return (count == 1 ? "1 cell holds a formula" : count + " cells hold formulas")
        + " that reach outside the file when opened in a spreadsheet ("
        + String.join(", ", functions)
        + ")";
  }

  static @Nullable String external(String value) {
    String cell = value.strip();
    if (cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0) {
      return null;
    }
    String upper = cell.toUpperCase(Locale.ROOT);
    for (String function : FUNCTIONS) {
      if (upper.contains(function + "(")) {
        return function;
      }
    }
    int pipe = upper.indexOf('|');
    if (upper.contains("DDE") || pipe > 0 && upper.indexOf('!', pipe) > pipe) {
      return "DDE";
    }
    return null;
  }

  /** Spreadsheet column letters: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
