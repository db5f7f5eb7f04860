package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.importing.ImportFiles.csv;
import static uk.warden.core.register.importing.ImportFiles.problemsOf;
import static uk.warden.core.register.importing.ImportFiles.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Person;
import uk.warden.core.register.RankTable;

class ColumnMappingTest {

  private static PeopleImport importing(ColumnMapping mapping) {
    return new PeopleImport(RankTable.load(RankTable.ENGLAND_AND_WALES), mapping);
  }

  private static List<InputProblem> mappingProblems(String text) {
    BadInputException refused =
        catchThrowableOfType(
            BadInputException.class, () -> ColumnMapping.read("mapping.yaml", text(text)));
    assertThat(refused).as("mapping refused").isNotNull();
    return refused.problems();
  }

  @Test
  void readsAYamlMapping() {
    ColumnMapping mapping =
        ColumnMapping.read(
            "mapping.yaml",
            text("# Oracle HR extract\npay_number: Staff No\nsurname: \"Name: family\"\n"));

    assertThat(mapping.asMap())
        .containsExactly(entry("pay_number", "Staff No"), entry("surname", "Name: family"));
  }

  @Test
  void readsPlainLinesWhoseHeadersAreNotValidYaml() {
    ColumnMapping mapping =
        ColumnMapping.read("mapping.txt", text("Pay Number: Staff No\nsurname: Name: family\n"));

    assertThat(mapping.asMap())
        .containsExactly(entry("pay_number", "Staff No"), entry("surname", "Name: family"));
  }

  @Test
  void importsByMappedHeadersAndMatchesTheRestByName() {
    ColumnMapping mapping =
        ColumnMapping.read("mapping.yaml", text("pay_number: Staff No\nsurname: Last name\n"));

    PeopleImportResult result =
        importing(mapping)
            .read("people.csv", csv("STAFF NO,Surname,last_name,Rank", "P1,Ignored,Okafor,PC"));

    Person person = result.people().get(0);
    assertThat(person.payNumber()).isEqualTo("P1");
    assertThat(person.surname()).isEqualTo("Okafor");
    assertThat(person.rankCode()).isEqualTo("PC");
    assertThat(result.ignoredColumns()).containsExactly("Surname");
  }

  @Test
  void namesProblemsByTheFilesOwnHeader() {
    ColumnMapping mapping = ColumnMapping.read("mapping.yaml", text("rank: Rank Title\n"));

    assertThat(
            problemsOf(
                importing(mapping), "people.csv", csv("pay_number,surname,Rank Title", "P1,A,Cpt")))
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(tuple(2, "Rank Title"));
  }

  @Test
  void refusesAMappedColumnMissingFromTheFile() {
    ColumnMapping mapping = ColumnMapping.read("mapping.yaml", text("pay_number: Staff No\n"));

    assertThat(problemsOf(importing(mapping), "people.csv", csv("pay_number,surname", "P1,A")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(
                1,
                "pay_number",
                "the mapping names column 'Staff No' but the file has no such column"));
  }

  @Test
  void refusesUnknownWardenFieldNames() {
    assertThat(mappingProblems("pay_number: Staff No\nshoe_size: Shoes\nnick: Nickname\n"))
        .extracting(InputProblem::field)
        .containsExactly("shoe_size", "nick");
  }

  @Test
  void locatesProblemsInPlainLinesByLineNumber() {
    assertThat(mappingProblems("pay_number: Staff No\nsurname: A: B\n\nno colon here\n"))
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(tuple(4, "expected 'field: Header Text'"));
  }

  @Test
  void refusesAFieldMappedTwice() {
    assertThat(mappingProblems("surname: Last name\nsurname: Family name\n"))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(2, "surname", "mapped twice"));
  }

  @Test
  void refusesTwoFieldsMappedToOneColumn() {
    assertThat(mappingProblems("surname: Name\nforenames: NAME\n"))
        .extracting(InputProblem::field, InputProblem::reason)
        .containsExactly(tuple("forenames", "column 'NAME' is already mapped to surname"));
  }

  @Test
  void refusesAnEmptyMapping() {
    assertThat(mappingProblems("# nothing yet\n"))
        .extracting(InputProblem::reason)
        .containsExactly("the mapping is empty: write lines such as 'pay_number: Staff No'");
  }
}
