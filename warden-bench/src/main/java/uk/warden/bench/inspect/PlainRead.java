package uk.warden.bench.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The XLSX baseline: a plain read of every cell's value with fastexcel-reader, the fastest Java
 * reader, streaming each sheet row by row with its default options. Nothing is judged; each value
 * is touched (its length summed) so that the read cannot be optimised away.
 */
public final class PlainRead {

  /** What the read saw: cells with a value and the total length of their text. */
  public record Cells(long cells, long characters) {}

  private PlainRead() {}

  public static Cells read(Path file) throws IOException {
    long cells = 0;
    long characters = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
      for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext(); ) {
        try (Stream<Row> rows = sheets.next().openStream()) {
          for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
            for (Cell cell : it.next()) {
              // A row lists null for a column it skips.
              if (cell != null) {
                String text = cell.getText();
                cells++;
                characters += text.length();
              }
            }
          }
        }
      }
    }
    return new Cells(cells, characters);
  }
}
