package uk.warden.core.register.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Rows of the first sheet of an XLSX workbook, streamed. Row numbers are the sheet's own, so they
 * match what the user sees even where empty rows are missing from the file.
 *
 * <p>The workbook is held in memory rather than spooled to a temporary file: an HR extract is
 * personal data and should not be left on disk by an import, and the compressed file is small next
 * to the rows it holds. It is still capped at {@link #MAX_BYTES}, as the reader would otherwise
 * buffer any stream whole. Any failure of the reader, which on a corrupt or truncated file can be
 * almost any exception, becomes one "not a readable XLSX file" problem.
 */
final class XlsxRowSource implements RowSource {

  /** Several times a two-million-row extract; CSV has no such limit as it is read row by row. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final long MEGABYTE = 1024 * 1024;

  private final String source;
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;

  XlsxRowSource(String source, InputStream in) {
    this(source, in, MAX_BYTES);
  }

  XlsxRowSource(String source, InputStream in, long maxBytes) {
    this.source = source;
    ReadableWorkbook opened = null;
    try {
      // Cell formats are needed to tell a date cell from a plain number.
      opened = new ReadableWorkbook(new Capped(in, maxBytes), new ReadingOptions(true, false));
      this.rows = opened.getFirstSheet().openStream();
      this.iterator = rows.iterator();
      this.workbook = opened;
    } catch (IOException | RuntimeException e) {
      closeQuietly(opened);
      throw unreadable(e);
    }
  }

  @Override
  public @Nullable SourceRow next() {
    try {
      if (!iterator.hasNext()) {
        return null;
      }
      Row row = iterator.next();
      List<String> cells = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(XlsxCellText.of(row.getCell(i)));
      }
      return new SourceRow(row.getRowNum(), cells);
    } catch (RuntimeException e) {
      throw unreadable(e);
    }
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (RuntimeException e) {
      // Nothing useful to tell the user: the rows were either read or already reported.
    }
    closeQuietly(workbook);
  }

  private BadInputException unreadable(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooBigException tooBig) {
        return new BadInputException(
            InputProblem.file(
                source,
                "the XLSX file is larger than "
                    + (tooBig.limit >= MEGABYTE
                        ? tooBig.limit / MEGABYTE + " MB"
                        : tooBig.limit + " bytes")
                    + ": save it as CSV, which has no size limit"));
      }
    }
    return new BadInputException(
        InputProblem.file(source, "not a readable XLSX file: " + Reasons.shorten(e)));
  }

  private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
    if (workbook == null) {
      return;
    }
    try {
      workbook.close();
    } catch (IOException | RuntimeException e) {
      // Closing an in-memory workbook can only fail if it was never readable, already reported.
    }
  }

  /** Raised by {@link Capped} when the workbook is larger than allowed. */
  private static final class TooBigException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooBigException(long limit) {
      super("workbook larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  /** Counts what the reader buffers and stops it at the limit. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long count;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws TooBigException {
      count += n;
      if (count > limit) {
        throw new TooBigException(limit);
      }
    }
  }
}
