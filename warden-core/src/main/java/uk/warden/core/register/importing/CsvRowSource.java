package uk.warden.core.register.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Rows of a UTF-8 CSV file (any byte order mark already skipped). The delimiter is whichever of
 * comma, semicolon or tab the header line uses most, because Excel writes semicolons in locales
 * with a decimal comma and HR systems often export tab-separated text with a .csv name.
 */
final class CsvRowSource implements RowSource {

  /** Longest row accepted, in characters: far beyond any real extract, far below the heap. */
  static final int MAX_ROW_CHARS = 1_000_000;

  private static final int SNIFF_CHARS = 64 * 1024;
  private static final String NOT_UTF8 =
      "the file is not UTF-8 text: in Excel, save it as 'CSV UTF-8 (Comma delimited)'";

  private final String source;
  private final Iterator<CSVRecord> records;
  private int lastRow;

  CsvRowSource(String source, InputStream in) {
    this.source = source;
    // Report, never replace: a mis-encoded file would otherwise import with mangled names.
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader text = new BufferedReader(new InputStreamReader(in, decoder), SNIFF_CHARS);
    try {
      char delimiter = delimiter(text);
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              // Empty lines stay records so that record numbers are the row numbers users see.
              .setIgnoreEmptyLines(false)
              .get();
      this.records = format.parse(new RowLengthGuard(text, delimiter, MAX_ROW_CHARS)).iterator();
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  @Override
  public @Nullable SourceRow next() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      lastRow = (int) record.getRecordNumber();
      return new SourceRow(lastRow, record.toList());
    } catch (RuntimeException e) {
      throw unreadable(e);
    }
  }

  /** Nothing to release: the caller owns, and closes, the stream. */
  @Override
  public void close() {}

  private static char delimiter(BufferedReader text) throws IOException {
    text.mark(SNIFF_CHARS);
    char[] buffer = new char[SNIFF_CHARS];
    int length = text.read(buffer, 0, SNIFF_CHARS);
    text.reset();
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean inQuotes = false;
    boolean seenContent = false;
    for (int i = 0; i < Math.max(length, 0); i++) {
      char c = buffer[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        if (seenContent) {
          break;
        }
      } else if (!inQuotes) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
      seenContent |= !Character.isWhitespace(c);
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  private BadInputException unreadable(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RowLengthGuard.RowTooLongException tooLong) {
        return bad(
            tooLong.row(),
            "row is longer than "
                + MAX_ROW_CHARS
                + " characters: check for a quote (\") that is never closed");
      }
      if (cause instanceof CharacterCodingException) {
        return new BadInputException(InputProblem.file(source, NOT_UTF8));
      }
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return bad(lastRow + 1, "a quoted value is never closed: a closing quote (\") is missing");
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return bad(
          lastRow + 1, "text follows a closing quote: a quoted value must end at the delimiter");
    }
    return bad(lastRow + 1, "not a readable CSV file: " + Reasons.shorten(e));
  }

  private BadInputException bad(int row, String reason) {
    return new BadInputException(new InputProblem(source, row, null, reason));
  }
}
