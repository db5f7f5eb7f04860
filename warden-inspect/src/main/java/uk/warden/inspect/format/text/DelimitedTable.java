package uk.warden.inspect.format.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;

/**
 * A delimited file as one table, streamed record by record: quoted cells may span lines, cells are
 * bounded by {@code maxCells} and records by length, and a malformed file is refused naming the
 * line where its broken record starts. Rows are records, as a spreadsheet numbers them.
 */
final class DelimitedTable {

  /** Longer than any real record; short enough that one record cannot exhaust memory. */
  static final int MAX_RECORD_CHARS = 4 << 20;

  private static final int HEAD_CHARS = 64 * 1024;

  private DelimitedTable() {}

  /** Reads the file with the dialect {@code dialect} finds in its first 64 K characters. */
  static void read(Source source, ContentSink sink, Function<String, CsvDialect> dialects)
      throws UnreadableException {
    Limited.checkSize(source);
    Location at = source.location();
    try {
      TextEncoding encoding = TextEncoding.detect(source);
      CsvDialect dialect = dialects.apply(head(source, encoding));
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(dialect.delimiter())
              .setIgnoreEmptyLines(false)
              .get();
      sink.table(at, null);
      FormulaCells formulas = new FormulaCells();
      try (RecordGuard guard = new RecordGuard(encoding.open(source), MAX_RECORD_CHARS);
          CSVParser parser = CSVParser.builder().setReader(guard).setFormat(format).get()) {
        readRecords(parser, guard, dialect, source, sink, formulas);
      }
      if (formulas.count() > 0) {
        sink.structure(
            HiddenContent.EXTERNAL_LINK,
            at.range(formulas.cells()),
            formulas.count(),
            formulas.detail());
      }
    } catch (IOException e) {
      throw new UnreadableException("the file cannot be read", e);
    }
  }

  private static String head(Source source, TextEncoding encoding) throws IOException {
    char[] head = new char[HEAD_CHARS];
    int read = 0;
    try (Reader reader = encoding.open(source)) {
      while (read < head.length) {
        int n = reader.read(head, read, head.length - read);
        if (n < 0) {
          break;
        }
        read += n;
      }
    }
    return new String(head, 0, read);
  }

  private static void readRecords(
      CSVParser parser,
      RecordGuard guard,
      CsvDialect dialect,
      Source source,
      ContentSink sink,
      FormulaCells formulas)
      throws UnreadableException {
    long maxCells = source.limits().maxCells();
    long cells = 0;
    long recordStart = 1;
    int row = -1;
    boolean skipSeparatorLine = dialect.separatorLine();
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw malformed(e, recordStart);
      }
      guard.recordDone();
      recordStart = parser.getCurrentLineNumber() + 1;
      if (skipSeparatorLine) {
        skipSeparatorLine = false;
        continue;
      }
      row++;
      for (int column = 0; column < record.size(); column++) {
        String value = record.get(column);
        if (value.isEmpty()) {
          continue;
        }
        if (++cells > maxCells) {
          throw new UnreadableException(
              String.format(Locale.ROOT, "the file has more than %,d cells", maxCells));
        }
        sink.cell(row, column, value, null);
        formulas.check(row, column, value);
      }
    }
  }

  private static UnreadableException malformed(RuntimeException e, long line) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RecordGuard.RecordTooLongException) {
        return new UnreadableException(
            String.format(
                Locale.ROOT,
                "the record starting at line %,d is longer than %,d characters (an unterminated"
                    + " quote?)",
                line,
                MAX_RECORD_CHARS),
            e);
      }
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new UnreadableException(
          String.format(
              Locale.ROOT,
              "the file has an unterminated quote: the quoted cell in the record starting at line"
                  + " %,d never closes",
              line),
          e);
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return new UnreadableException(
          String.format(
              Locale.ROOT,
              "the file is malformed in the record starting at line %,d: a quoted cell is followed"
                  + " by other characters",
              line),
          e);
    }
    return new UnreadableException(
        String.format(Locale.ROOT, "the file cannot be read from line %,d", line), e);
  }
}
