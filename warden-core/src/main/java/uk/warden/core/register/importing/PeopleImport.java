package uk.warden.core.register.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.register.Person;
import uk.warden.core.register.RankTable;

/**
 * Reads the people of an HR extract, CSV or XLSX, for {@code warden import people}. The file is
 * taken whole or not at all: every problem in it is collected, located by row and column, and
 * thrown together so the user can fix the file in one pass. Problems never quote names or pay
 * numbers, since they are printed and logged.
 *
 * <p>Instances are immutable and may be shared; the caller owns and closes the stream.
 */
public final class PeopleImport {

  /** Far above any force's workforce; a file beyond it is a mistake or an attack. */
  public static final int DEFAULT_MAX_ROWS = 2_000_000;

  /** Longest value accepted in a column Warden reads; no name, code or date comes near it. */
  public static final int MAX_CELL_LENGTH = 1000;

  private final RankTable ranks;
  private final @Nullable ColumnMapping mapping;
  private final int maxRows;

  /** Imports with the England and Wales rank table, matching headers by their field names. */
  public PeopleImport() {
    this(RankTable.load(RankTable.ENGLAND_AND_WALES));
  }

  public PeopleImport(RankTable ranks) {
    this(ranks, null);
  }

  /**
   * @param mapping which header holds which field, or null to match headers by field name
   */
  public PeopleImport(RankTable ranks, @Nullable ColumnMapping mapping) {
    this(ranks, mapping, DEFAULT_MAX_ROWS);
  }

  /**
   * @param maxRows most data rows accepted (blank rows count too); more is a problem
   */
  public PeopleImport(RankTable ranks, @Nullable ColumnMapping mapping, int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1");
    }
    this.ranks = ranks;
    this.mapping = mapping;
    this.maxRows = maxRows;
  }

  /**
   * Reads people from a file, deciding from its content whether it is CSV or XLSX.
   *
   * @param sourceName the file's name, used only to locate problems
   * @throws BadInputException listing every problem found, if there is any
   */
  public PeopleImportResult read(String sourceName, InputStream in) {
    ProblemLog problems = new ProblemLog(sourceName);
    try (RowSource rows = FileFormat.open(sourceName, in)) {
      return read(rows, problems);
    }
  }

  private PeopleImportResult read(RowSource rows, ProblemLog problems) {
    SourceRow header = firstNonBlank(rows, problems);
    if (header == null) {
      if (problems.isEmpty()) {
        problems.file("the file is empty: expected a header row and one row per person");
      }
      problems.throwIfAny();
      return new PeopleImportResult(List.of(), 0, Set.of(), List.of());
    }
    Columns columns = new HeaderResolver(mapping, MAX_CELL_LENGTH).resolve(header, problems);
    // Without the right columns every row would repeat the same problem.
    problems.throwIfAny();

    RowParser parser = new RowParser(ranks);
    List<Person> people = new ArrayList<>();
    Set<String> unitCodes = new HashSet<>();
    Map<String, Integer> payNumberRows = new HashMap<>();
    int dataRows = 0;
    int rowsRead = 0;
    for (SourceRow row = next(rows, problems);
        row != null && !problems.full();
        row = next(rows, problems)) {
      if (++dataRows > maxRows) {
        problems.at(row.number(), null, "more than " + maxRows + " rows: split the file");
        break;
      }
      if (row.blank()) {
        continue;
      }
      rowsRead++;
      RowCells cells = new RowCells(row, columns, problems, MAX_CELL_LENGTH);
      Person person = parser.parse(cells);
      checkDuplicate(cells, payNumberRows);
      cells.report();
      // Once the file is refused the people are not needed: stop holding them.
      if (person != null && problems.isEmpty()) {
        people.add(person);
        if (person.unitCode() != null) {
          unitCodes.add(person.unitCode());
        }
      }
    }
    problems.throwIfAny();
    return new PeopleImportResult(people, rowsRead, unitCodes, columns.ignored());
  }

  /** Pay numbers are keys: the same one twice, however cased, would merge two people. */
  private static void checkDuplicate(RowCells cells, Map<String, Integer> payNumberRows) {
    String payNumber = cells.text(PersonField.PAY_NUMBER);
    if (payNumber == null) {
      return;
    }
    Integer first =
        payNumberRows.putIfAbsent(payNumber.toLowerCase(Locale.ROOT), cells.rowNumber());
    if (first != null) {
      cells.problem(PersonField.PAY_NUMBER, "duplicate pay number: already on row " + first);
    }
  }

  /**
   * The next row, or null at the end or where the file stops being readable; that problem joins
   * those already found, which are as real as before.
   */
  private static @Nullable SourceRow next(RowSource rows, ProblemLog problems) {
    try {
      return rows.next();
    } catch (BadInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static @Nullable SourceRow firstNonBlank(RowSource rows, ProblemLog problems) {
    for (SourceRow row = next(rows, problems); row != null; row = next(rows, problems)) {
      if (!row.blank()) {
        return row;
      }
    }
    return null;
  }
}
