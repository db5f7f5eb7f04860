package uk.warden.core.register.importing;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.warden.core.register.Person;

/**
 * What a good file held.
 *
 * @param people one per non-blank data row, in file order, without ids (the store assigns them)
 * @param rowsRead non-blank data rows read
 * @param unitCodes the codes in the {@code unit} column, sorted, so the caller can check or create
 *     the units before storing the people
 * @param ignoredColumns headers of columns Warden does not read, to show the user what was left out
 */
public record PeopleImportResult(
    List<Person> people, int rowsRead, Set<String> unitCodes, List<String> ignoredColumns) {

  public PeopleImportResult {
    people = List.copyOf(people);
    unitCodes = Collections.unmodifiableSortedSet(new TreeSet<>(unitCodes));
    ignoredColumns = List.copyOf(ignoredColumns);
  }
}
