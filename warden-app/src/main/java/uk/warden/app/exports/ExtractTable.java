package uk.warden.app.exports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.format.sheet.XlsxReader;

/**
 * A found or checked extract read as tables: a CSV or TSV (one sheet) or an XLSX workbook (every
 * sheet, hidden and very hidden ones included, in tab order). Each sheet keeps its rows as read,
 * its first non-empty row first: that row is taken as the sheet's header. Empty rows are left out.
 *
 * <p>The kind is judged from the content, not the name: a ZIP package is read as a workbook, an
 * OLE2 file (legacy {@code .xls}, or an encrypted workbook) is refused, anything else must be UTF-8
 * text. Workbooks are read by the disclosure guard's bounded reader ({@link XlsxReader}: hardened
 * StAX, zip-bomb, entry and cell limits), so a hostile file ends in a refusal, never a full heap.
 * Cells read as the text a reader of the sheet sees where it matters for finding people: dates in
 * ISO form, zero-padded formats with their zeros, formulas as their cached value, and whole numbers
 * with all their digits (never {@code 1.2345E5}).
 *
 * <p>Refusals are {@link BadInputException}s naming the file and the reason, never a cell's value.
 */
public record ExtractTable(List<Sheet> sheets) {

  /** Most rows read from one file, over all its sheets. */
  public static final int MAX_ROWS = 2_000_000;

  /** Most cells read from one workbook. */
  public static final long MAX_CELLS = 20_000_000;

  /** Leaks are tables of people, not bulk data: the same bound as {@code warden trace}. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  /** Headers naming the pay number column, compared lower case with spaces as underscores. */
  public static final Set<String> PAY_NUMBER_HEADERS =
      Set.of("pay_number", "pay_no", "payroll_number", "staff_number", "employee_number");

  /** No table: what a checked PDF or Word file gives (the disclosure guard reads those). */
  public static final ExtractTable NONE = new ExtractTable(List.of());

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

  public ExtractTable {
    sheets = List.copyOf(sheets);
  }

  /**
   * One sheet (a CSV is one sheet named after the file).
   *
   * @param rows the non-empty rows as read, the first taken as the header
   */
  public record Sheet(String name, List<List<String>> rows) {

    public Sheet {
      rows = List.copyOf(rows);
    }

    /** The first non-empty row, or nothing for an empty sheet. */
    public List<String> header() {
      return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** The rows after the header. */
    public List<List<String>> data() {
      return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    }
  }

  /**
   * Reads a CSV, TSV or XLSX file; refused, naming the file, when it is empty, not UTF-8 text nor a
   * workbook, a legacy or encrypted workbook, corrupt, or over a limit.
   */
  public static ExtractTable read(String fileName, byte[] content) {
    if (content.length == 0) {
      throw refused(fileName, "is empty");
    }
    if (content.length > MAX_BYTES) {
      throw refused(fileName, "is over 200 MB: not a table of people");
    }
    if (startsWith(content, ZIP)) {
      return workbook(fileName, content);
    }
    if (startsWith(content, OLE2)) {
      throw refused(
          fileName,
          "is a legacy .xls workbook (or a password-protected one): legacy .xls is not read;"
              + " save as .xlsx or CSV");
    }
    return new ExtractTable(List.of(new Sheet(fileName, csvRows(fileName, content))));
  }

  /**
   * The table of a file checked against an agreement: a workbook (judged by content) or a file
   * named {@code .csv}/{@code .tsv}; {@link #NONE} for any other file or one that does not read as
   * a table, since the disclosure guard still reads it and says what it holds.
   */
  public static ExtractTable readIfTable(String fileName, byte[] content) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean table =
        startsWith(content, ZIP)
            || ((lower.endsWith(".csv") || lower.endsWith(".tsv")) && !startsWith(content, OLE2));
    if (!table) {
      return NONE;
    }
    try {
      return read(fileName, content);
    } catch (BadInputException e) {
      return NONE;
    }
  }

  /**
   * Every row to trace, as {@link uk.warden.core.trace.LeakTracer} wants them: the first sheet's
   * header and rows, then each further sheet's. A further sheet whose header names only columns the
   * first sheet has is laid out in the first sheet's column order and its header row left out, so a
   * hidden copy with its columns reordered reads as more of the same table; any other sheet's rows
   * follow as read, header included.
   */
  public List<List<String>> rows() {
    List<List<String>> all = new ArrayList<>();
    if (sheets.isEmpty()) {
      return all;
    }
    List<String> first = sheets.get(0).header();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      columns.putIfAbsent(normal(first.get(i)), i);
    }
    all.addAll(sheets.get(0).rows());
    for (Sheet sheet : sheets.subList(1, sheets.size())) {
      int[] to = layout(sheet.header(), columns);
      if (to == null) {
        all.addAll(sheet.rows());
        continue;
      }
      for (List<String> row : sheet.data()) {
        String[] laid = new String[first.size()];
        Arrays.fill(laid, "");
        for (int i = 0; i < row.size() && i < to.length; i++) {
          laid[to[i]] = row.get(i);
        }
        all.add(List.of(laid));
      }
    }
    return all;
  }

  /** The column headers of every sheet, each once, in sheet and column order: what it carries. */
  public List<String> headers() {
    Set<String> headers = new LinkedHashSet<>();
    for (Sheet sheet : sheets) {
      for (String header : sheet.header()) {
        if (!header.isBlank()) {
          headers.add(header);
        }
      }
    }
    return List.copyOf(headers);
  }

  /** The values of each sheet's pay number column (by its header), in sheet and row order. */
  public List<String> payNumbers() {
    List<String> values = new ArrayList<>();
    for (Sheet sheet : sheets) {
      int column = payNumberColumn(sheet.header());
      if (column < 0) {
        continue;
      }
      for (List<String> row : sheet.data()) {
        if (row.size() > column) {
          values.add(row.get(column));
        }
      }
    }
    return values;
  }

  private static int payNumberColumn(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (PAY_NUMBER_HEADERS.contains(normal(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static String normal(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }

  /** Where each of a sheet's columns goes in the first sheet's layout, or null when it does not. */
  private static int @Nullable [] layout(List<String> header, Map<String, Integer> columns) {
    if (header.isEmpty()) {
      return null;
    }
    int[] to = new int[header.size()];
    boolean[] used = new boolean[columns.size() + 1];
    for (int i = 0; i < header.size(); i++) {
      Integer column = columns.get(normal(header.get(i)));
      if (column == null || column >= used.length || used[column]) {
        return null;
      }
      used[column] = true;
      to[i] = column;
    }
    return to;
  }

  // CSV and TSV

  /**
   * A CSV's or TSV's rows, the delimiter judged from the first line; blank lines left out; refused,
   * naming the file, when it is empty or does not parse.
   */
  private static List<List<String>> csvRows(String name, byte[] content) {
    String text = text(name, content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
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
        List<String> row = record.toList();
        if (row.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (rows.size() >= MAX_ROWS) {
          throw refused(name, "has more than %,d rows, the limit".formatted(MAX_ROWS));
        }
        rows.add(row);
      }
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      // The parser's message quotes no cell: it names a line and a character position.
      throw refused(name, "is not a readable CSV: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw refused(name, "is empty");
    }
    return rows;
  }

  /**
   * The file as UTF-8 text, or refused: a binary file read as text would be rows of noise that
   * match nobody, which reads as "not ours".
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
      throw refused(
          name,
          "is not a CSV or TSV text file in UTF-8 nor an XLSX workbook (nothing else is read)");
    }
  }

  // XLSX

  private static ExtractTable workbook(String name, byte[] content) {
    Limits limits =
        new Limits(MAX_BYTES, 1L << 30, 200, 10_000, MAX_CELLS, 1, Limits.defaults().maxPages());
    SheetSink sink = new SheetSink();
    try {
      new XlsxReader().read(Source.of(name, content, limits), sink);
    } catch (UnreadableException e) {
      if (sink.tooManyRows) {
        throw refused(name, "has more than %,d rows, the limit".formatted(MAX_ROWS));
      }
      // The reader's reasons name parts, sheets and limits, never a cell's value.
      throw refused(name, "is not a readable XLSX workbook: " + e.getMessage());
    }
    if (sink.tooManyRows) {
      throw refused(name, "has more than %,d rows, the limit".formatted(MAX_ROWS));
    }
    List<Sheet> sheets = sink.sheets();
    if (sheets.stream().allMatch(s -> s.rows().isEmpty())) {
      throw refused(name, "is a workbook with no cells");
    }
    return new ExtractTable(sheets);
  }

  /**
   * Collects the cells of each sheet (visible, hidden or very hidden, with their hidden rows and
   * columns), leaving out the cached tables of pivot caches and external links.
   */
  private static final class SheetSink implements ContentSink {

    private final List<String> names = new ArrayList<>();
    private final List<TreeMap<Integer, List<String>>> cells = new ArrayList<>();
    private @Nullable TreeMap<Integer, List<String>> current;
    private long rows;
    boolean tooManyRows;

    @Override
    public void table(Location location, @Nullable HiddenContent hiddenBy) {
      boolean sheet =
          location.range() == null
              && (hiddenBy == null
                  || hiddenBy == HiddenContent.HIDDEN_SHEET
                  || hiddenBy == HiddenContent.VERY_HIDDEN_SHEET);
      if (!sheet) {
        current = null;
        return;
      }
      current = new TreeMap<>();
      names.add(location.part() == null ? "sheet " + (names.size() + 1) : location.part());
      cells.add(current);
    }

    @Override
    public void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
      if (current == null) {
        return;
      }
      List<String> cellsOfRow = current.get(row);
      if (cellsOfRow == null) {
        if (++rows > MAX_ROWS) {
          tooManyRows = true;
          throw new IllegalStateException("too many rows");
        }
        cellsOfRow = new ArrayList<>();
        current.put(row, cellsOfRow);
      }
      while (cellsOfRow.size() <= column) {
        cellsOfRow.add("");
      }
      cellsOfRow.set(column, number(value.toString()));
    }

    @Override
    public void structure(HiddenContent code, Location location, long count, String detail) {
      // Hidden structure is the disclosure guard's business; the cells are read regardless.
    }

    @Override
    public void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence text) {
      // Comments, headers and properties are not rows of the table.
    }

    @Override
    public void nested(Location location, String name, byte[] content) {
      // Embedded documents are not rows of the table.
    }

    List<Sheet> sheets() {
      List<Sheet> sheets = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : cells.get(i).values()) {
          if (row.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(List.copyOf(row));
          }
        }
        sheets.add(new Sheet(names.get(i), rows));
      }
      return sheets;
    }
  }

  /**
   * A number some writers store in scientific form ({@code 1.2345678E7}: POI writes every number
   * with Java's {@code Double.toString}) reads with all its digits, as a reader of the sheet sees
   * it; other text is kept. The bounded reader does not say whether a cell is a number or text, so
   * a text cell holding exactly such a form reads as the number too: no pay number or name has it.
   */
  static String number(String value) {
    if (value.length() > 40 || !SCIENTIFIC.matcher(value).matches()) {
      return value;
    }
    try {
      BigDecimal number = new BigDecimal(value);
      if (number.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
        return value;
      }
      return number.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static BadInputException refused(String name, String reason) {
    return new BadInputException(InputProblem.file(name, reason));
  }
}
