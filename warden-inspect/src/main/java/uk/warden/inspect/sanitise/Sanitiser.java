package uk.warden.inspect.sanitise;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.FileReport;

/**
 * Writes the visible cells of one sheet as CSV, without the columns found to hold personal data
 * unless kept by name, then inspects the CSV it wrote. The file is read three times (classify,
 * measure the columns, write) so no sheet is ever held in memory; the CSV appears only when
 * complete.
 */
public final class Sanitiser {

  private static final Set<String> PERSONAL =
      java.util.Arrays.stream(EntityType.values())
          .filter(t -> t != EntityType.POLICE_RANK)
          .map(Enum::name)
          .collect(Collectors.toUnmodifiableSet());

  private final Inspector inspector;

  public Sanitiser(Inspector inspector) {
    this.inspector = inspector;
  }

  /**
   * @param sheet the sheet to keep, or null for the first visible one
   * @param keep column headers (or letters) to keep although they hold personal data
   */
  public SanitiseResult sanitise(Path input, Path out, @Nullable String sheet, Set<String> keep)
      throws UnreadableException, IOException {
    Source source = Source.of(input, inspector.limits());
    Format format = Format.UNKNOWN;
    TreeSet<Integer> used = new TreeSet<>();
    VisibleTable measured = new VisibleTable(sheet, (row, cells) -> used.addAll(cells.keySet()));
    format = inspector.describe(source, measured);
    measured.flush();
    if (!format.spreadsheet()) {
      throw new UnreadableException(
          "only spreadsheets and CSV files can be sanitised to CSV; this is a "
              + format.description());
    }
    String chosen = measured.chosen();
    if (chosen == null) {
      throw new UnreadableException(
          sheet == null
              ? "the file has no visible sheet to keep"
              : "the file has no sheet named '" + sheet + "'; sheets: " + measured.tables());
    }
    FileReport original = inspector.inspect(source, Expectation.UNSTATED);
    Map<Integer, ColumnReport> personal = personalColumns(original, chosen);
    List<String> dropped = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    TreeSet<Integer> columns = new TreeSet<>(used);
    personal.forEach(
        (column, report) -> {
          String label = label(report);
          if (kept(report, keep)) {
            kept.add(label);
          } else {
            dropped.add(label);
            columns.remove(column);
          }
        });
    Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".warden-", ".csv");
    long[] written = {0};
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
        VisibleTable writing =
            new VisibleTable(
                chosen,
                (row, cells) -> {
                  List<String> values = new ArrayList<>(columns.size());
                  boolean empty = true;
                  for (int column : columns) {
                    String value = cells.getOrDefault(column, "");
                    empty &= value.isBlank();
                    values.add(Cells.safe(value));
                  }
                  if (empty) {
                    // Only dropped columns held anything here: the row goes with them.
                    return;
                  }
                  try {
                    csv.printRecord(values);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                  written[0]++;
                });
        inspector.describe(source, writing);
        writing.flush();
      }
      FileReport output =
          inspector.inspect(
              Source.of(out.getFileName().toString(), temp, inspector.limits()),
              Expectation.UNSTATED);
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      List<String> others = new ArrayList<>(measured.tables());
      others.remove(chosen);
      return new SanitiseResult(
          chosen,
          others,
          written[0],
          measured.hiddenRows(),
          measured.hiddenColumns(),
          measured.hiddenCells(),
          dropped,
          kept,
          output);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Map<Integer, ColumnReport> personalColumns(FileReport report, String table) {
    Map<Integer, ColumnReport> columns = new TreeMap<>();
    for (ColumnReport column : report.columns()) {
      if (table.equals(column.location().part())
          && PERSONAL.contains(column.type())
          && column.location().range() != null) {
        columns.put(Cells.column(column.location().range()), column);
      }
    }
    return columns;
  }

  private static boolean kept(ColumnReport column, Set<String> keep) {
    String letters = Cells.letters(column.location().range());
    for (String wanted : keep) {
      if (wanted.equalsIgnoreCase(column.header()) || wanted.equalsIgnoreCase(letters)) {
        return true;
      }
    }
    return false;
  }

  private static String label(ColumnReport column) {
    String letters = Cells.letters(column.location().range());
    return (column.header().isEmpty()
            ? "column " + letters
            : column.header() + " (" + letters + ")")
        + ": "
        + column.type().toLowerCase(Locale.ROOT);
  }
}
