package uk.warden.app.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * A CSV extract's header and the values of its pay number column: what columns a checked file
 * carries and whom it names. Other formats give neither; the disclosure guard reads their columns.
 */
record CsvExtract(List<String> headers, List<String> payNumbers) {

  static final CsvExtract NONE = new CsvExtract(List.of(), List.of());

  private static final Set<String> HEADERS =
      Set.of("pay_number", "pay_no", "payroll_number", "staff_number", "employee_number");

  static CsvExtract read(String name, byte[] content) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return NONE;
    }
    List<List<String>> rows;
    try {
      rows = rows(name, content);
    } catch (BadInputException e) {
      // Not a table this way: the disclosure guard still reads the file and says what it holds.
      return NONE;
    }
    List<String> headers = rows.get(0);
    int column = header(headers);
    List<String> values = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (column >= 0 && row.size() > column) {
        values.add(row.get(column));
      }
    }
    return new CsvExtract(headers, values);
  }

  /**
   * A CSV's or TSV's rows, the delimiter judged from the first line; refused, naming the file, when
   * it is empty or does not parse.
   */
  static List<List<String>> rows(String name, byte[] content) {
    String text = text(name, content);
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == '\t').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? '\t'
            : ',';
    List<List<String>> rows = new ArrayList<>();
    try {
      for (CSVRecord record :
          CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
        rows.add(record.toList());
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new BadInputException(
          InputProblem.file(name, "is not a readable CSV: " + e.getMessage()));
    }
    if (rows.isEmpty()) {
      throw new BadInputException(InputProblem.file(name, "is empty"));
    }
    return rows;
  }

  /**
   * The file as UTF-8 text, or refused: a workbook or any other binary file read as text would be
   * rows of noise that match nobody, which reads as "not ours".
   */
  private static String text(String name, byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          InputProblem.file(
              name, "is not a CSV or TSV text file in UTF-8 (other formats are not read here)"));
    }
  }

  private static int header(List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      String header = row.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
      if (HEADERS.contains(header)) {
        return i;
      }
    }
    return -1;
  }
}
