package uk.warden.core.access.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.ingest.CsvLine;
import uk.warden.core.access.ingest.LineError;
import uk.warden.core.access.ingest.LineSource;

/**
 * Reads one directory file: a header naming the columns in any order, then one row per line. Lines
 * are split as access logs are ({@link CsvLine}: comma, semicolon or tab, whichever the header
 * uses; a quoted value must close on its line), so every problem's line number is the line an
 * editor shows. The work is bounded: a line longer than the limit is skipped and reported without
 * being buffered, and reading stops at a row count, so a hostile file costs at most {@code maxRows}
 * rows of memory.
 */
final class CsvTable {

  private final String source;
  private final List<Column> columns;
  private final int maxLineChars;
  private final int maxRows;
  private final DirectoryProblems problems;

  CsvTable(
      String source,
      List<Column> columns,
      int maxLineChars,
      int maxRows,
      DirectoryProblems problems) {
    this.source = source;
    this.columns = columns;
    this.maxLineChars = maxLineChars;
    this.maxRows = maxRows;
    this.problems = problems;
  }

  /** The data rows of {@code in} (the caller closes it); problems go to the shared list. */
  List<CsvRow> read(InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    LineSource lines = new LineSource(new InputStreamReader(in, decoder), maxLineChars);
    List<CsvRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    int[] indexes = null;
    int width = 0;
    char delimiter = ',';
    try {
      String line;
      while ((line = lines.next()) != null) {
        int number = lines.number();
        if (lines.tooLong()) {
          problems.add(
              source, number, null, "the line is longer than " + maxLineChars + " characters");
          if (indexes == null) {
            return rows;
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          if (indexes == null) {
            delimiter = CsvLine.delimiter(line);
            CsvLine.split(line, delimiter, cells);
            indexes = header(cells, number);
            if (indexes == null) {
              return rows;
            }
            width = cells.size();
            continue;
          }
          if (rows.size() >= maxRows) {
            problems.add(
                source,
                number,
                null,
                "the file has more than "
                    + maxRows
                    + " rows, the most one import reads: split the directory or remove stale"
                    + " entries");
            return rows;
          }
          CsvLine.split(line, delimiter, cells);
        } catch (LineError e) {
          problems.add(source, number, null, String.valueOf(e.getMessage()));
          continue;
        }
        if (cells.size() != width) {
          problems.add(
              source,
              number,
              null,
              "has " + cells.size() + " values but the header names " + width + " columns");
          continue;
        }
        @Nullable String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
          String cell = indexes[i] < 0 ? "" : cells.get(indexes[i]).strip();
          values[i] = cell.isEmpty() ? null : cell;
        }
        rows.add(new CsvRow(source, number, columns, values, problems));
      }
    } catch (CharacterCodingException e) {
      // No line number: the decoder reads ahead, so the line it stopped on is not the bad one.
      problems.add(source, null, null, "the file is not UTF-8 text: save or export it as UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (indexes == null) {
      problems.add(
          source, null, null, "the file is empty: it needs a header row naming its columns");
    }
    return rows;
  }

  /** For each column, the index of the header cell naming it (-1: absent); null if unusable. */
  private int @Nullable [] header(List<String> cells, int line) {
    int[] indexes = new int[columns.size()];
    Arrays.fill(indexes, -1);
    boolean usable = true;
    for (int i = 0; i < cells.size(); i++) {
      String header = cells.get(i).strip();
      for (int c = 0; c < columns.size(); c++) {
        if (!header.isEmpty() && columns.get(c).matches(header)) {
          if (indexes[c] >= 0) {
            problems.add(
                source,
                line,
                columns.get(c).name(),
                "the column appears twice (columns "
                    + (indexes[c] + 1)
                    + " and "
                    + (i + 1)
                    + "): remove one so Warden knows which to read");
            usable = false;
          } else {
            indexes[c] = i;
          }
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.required() && indexes[c] < 0) {
        problems.add(
            source,
            line,
            column.name(),
            "required column is missing: add a column headed '" + column.name() + "'");
        usable = false;
      }
    }
    return usable ? indexes : null;
  }
}
