package uk.warden.core.access.ingest;

import java.util.List;

/**
 * Splits one CSV line into cells (RFC 4180 quoting: a cell in double quotes may hold the delimiter,
 * and {@code ""} inside it is one quote). Access logs carry one event per line, so a quoted cell
 * must close on the same line; one that does not is reported rather than joined to the next line,
 * which keeps every later line's number right and every later problem reportable.
 *
 * <p>Public so that the access directory's CSV import splits its lines the same way.
 */
public final class CsvLine {

  private CsvLine() {}

  /** Clears {@code cells} and fills it with the line's cells. */
  public static void split(String line, char delimiter, List<String> cells) {
    cells.clear();
    int pos = 0;
    int length = line.length();
    while (true) {
      if (pos < length && line.charAt(pos) == '"') {
        StringBuilder cell = new StringBuilder();
        pos++;
        while (true) {
          if (pos >= length) {
            throw new LineError(
                "a quoted value in column " + (cells.size() + 1) + " is never closed");
          }
          char c = line.charAt(pos++);
          if (c == '"') {
            if (pos < length && line.charAt(pos) == '"') {
              cell.append('"');
              pos++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        cells.add(cell.toString());
        if (pos < length && line.charAt(pos) != delimiter) {
          throw new LineError(
              "text follows the closing quote in column "
                  + cells.size()
                  + ": a quoted value must end at the delimiter");
        }
      } else {
        int end = line.indexOf(delimiter, pos);
        int stop = end < 0 ? length : end;
        for (int i = pos; i < stop; i++) {
          if (line.charAt(i) == '"') {
            throw new LineError(
                "a quote inside an unquoted value in column "
                    + (cells.size() + 1)
                    + ": quote the whole value and double the quote");
          }
        }
        cells.add(line.substring(pos, stop));
        pos = stop;
      }
      if (pos >= length) {
        return;
      }
      pos++;
      if (pos == length) {
        // A delimiter at the very end opens one last, empty cell.
        cells.add("");
        return;
      }
    }
  }

  /** Comma, semicolon or tab: whichever the header uses most outside quotes; comma on a tie. */
  public static char delimiter(String header) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }
}
