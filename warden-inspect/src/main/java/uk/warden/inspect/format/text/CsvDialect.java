package uk.warden.inspect.format.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The delimiter of a comma-separated file: a comma, or a semicolon where the locale uses the comma
 * as decimal separator (as the format sniffer also accepts). Excel's {@code sep=;} first line
 * settles it when present.
 */
record CsvDialect(char delimiter, boolean separatorLine) {

  static CsvDialect of(String head) {
    String firstLine = head.lines().findFirst().orElse("").strip();
    if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
      return new CsvDialect(firstLine.charAt(4), true);
    }
    List<String> records = records(head);
    int commas = consistentFields(records, ',');
    int semicolons = consistentFields(records, ';');
    return new CsvDialect(semicolons > commas ? ';' : ',', false);
  }

  /** Complete records of the head; a line break inside quotes continues the record. */
  private static List<String> records(String head) {
    List<String> records = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < head.length() && records.size() < 20; i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records.add(head.substring(start, i));
        start = i + 1;
      }
    }
    return records;
  }

  /** The number of fields every non-blank record has, or 0 when they disagree or have one. */
  private static int consistentFields(List<String> records, char delimiter) {
    int fields = -1;
    for (String record : records) {
      if (record.isBlank()) {
        continue;
      }
      int count = 1;
      boolean quoted = false;
      for (int i = 0; i < record.length(); i++) {
        char c = record.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == delimiter && !quoted) {
          count++;
        }
      }
      if (fields >= 0 && count != fields) {
        return 0;
      }
      fields = count;
    }
    return fields < 2 ? 0 : fields;
  }
}
