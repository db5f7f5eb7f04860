package uk.warden.app.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV extract's header and the values of its pay number column: what columns a checked file
 * carries and whom it names. Other formats give neither; the disclosure guard reads their columns.
 */
record CsvExtract(List<String> headers, List<String> payNumbers) {

  static final CsvExtract NONE = new CsvExtract(List.of(), List.of());

  private static final Set<String> HEADERS =
      Set.of("pay_number", "pay_no", "payroll_number", "staff_number", "employee_number");

  static CsvExtract read(String name, byte[] content) throws IOException {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return NONE;
    }
    List<String> headers = null;
    List<String> values = new ArrayList<>();
    int column = -1;
    try {
      for (CSVRecord row :
          CSVFormat.DEFAULT.parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
        if (headers == null) {
          headers = row.toList();
          column = header(row);
        } else if (column >= 0 && row.size() > column) {
          values.add(row.get(column));
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      return NONE;
    }
    return headers == null ? NONE : new CsvExtract(headers, values);
  }

  private static int header(CSVRecord row) {
    for (int i = 0; i < row.size(); i++) {
      String header = row.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
      if (HEADERS.contains(header)) {
        return i;
      }
    }
    return -1;
  }
}
