package uk.warden.app.platform;

/**
 * Neutralises CSV (formula) injection: a cell that a spreadsheet would read as a formula gets a
 * leading apostrophe, which Excel and LibreOffice show as text and do not evaluate (OWASP "CSV
 * Injection"). The list is opened in a spreadsheet by design, and its names, units and grades come
 * from HR imports that Warden does not control; paths in a manifest come from the systems counted.
 */
public final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  public static String cell(String value) {
    if (value.isEmpty()) {
      return value;
    }
    return triggersFormula(value.charAt(0)) ? "'" + value : value;
  }

  private static boolean triggersFormula(char first) {
    return switch (first) {
      // OWASP's list, plus the full-width forms that some spreadsheets also accept.
      case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
