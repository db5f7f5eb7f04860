package uk.warden.inspect.scan;

/** Spreadsheet-style column letters and cell addresses, 0-based in, A1 out. */
final class Columns {

  private Columns() {}

  static String letters(int column) {
    StringBuilder letters = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      letters.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return letters.toString();
  }

  static String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    String from = letters(firstColumn) + (firstRow + 1);
    String to = letters(lastColumn) + (lastRow + 1);
    return from.equals(to) ? from : from + ":" + to;
  }
}
