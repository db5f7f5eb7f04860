package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.importing.ImportFiles.bytes;
import static uk.warden.core.register.importing.ImportFiles.csv;
import static uk.warden.core.register.importing.ImportFiles.problemsOf;
import static uk.warden.core.register.importing.ImportFiles.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.RankTable;

class PeopleImportProblemsTest {

  @Test
  void refusesWholeFileWhenOneRowHasUnknownRank() {
    List<InputProblem> problems =
        problemsOf(csv("pay_number,surname,rank", "P1,A,PC", "P2,B,Captain", "P3,C,Sgt"));

    assertThat(problems)
        .extracting(InputProblem::source, InputProblem::row, InputProblem::field)
        .containsExactly(tuple("people.csv", 3, "rank"));
    assertThat(problems.get(0).describe())
        .isEqualTo(
            "people.csv: row 3, column 'rank': unknown rank 'Captain' (rank table england-wales)");
  }

  @Test
  void namesEachMissingRequiredColumn() {
    List<InputProblem> problems = problemsOf(csv("forenames,rank", "Ada,PC"));

    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(tuple(1, "pay_number"), tuple(1, "surname"));
    assertThat(problems.get(0).reason()).contains("required column is missing");
  }

  @Test
  void refusesAHeaderAppearingTwice() {
    List<InputProblem> problems = problemsOf(csv("pay_number,surname,Rank,rank", "P1,A,PC,PS"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("rank");
              assertThat(p.reason()).contains("appears twice", "column C");
            });
  }

  @Test
  void refusesUnknownKind() {
    assertThat(problemsOf(csv("pay_number,surname,kind", "P1,A,Captain")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(
                2,
                "kind",
                "unknown kind 'Captain': use OFFICER, SPECIAL, PCSO, STAFF, CONTRACTOR,"
                    + " VOLUNTEER"));
  }

  @Test
  void refusesAnOfficerWithoutARank() {
    assertThat(problemsOf(csv("pay_number,surname,kind,rank", "P1,A,officer,")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(2, "rank", "an officer needs a rank"));
  }

  @Test
  void refusesAnOfficerWhenTheFileHasNoRankColumn() {
    assertThat(problemsOf(csv("pay_number,surname,kind", "P1,A,Police Officer")))
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(tuple(2, "rank"));
  }

  @Test
  void refusesARankForPoliceStaff() {
    assertThat(problemsOf(csv("pay_number,surname,kind,rank", "P1,A,Police Staff,PC")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(2, "rank", "Police staff has a grade, not a rank: put it in the grade column"));
  }

  @Test
  void refusesUnknownFlagsNamingThemAll() {
    assertThat(problemsOf(csv("pay_number,surname,flags", "P1,A,covert;ninja;spy")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("flags");
              assertThat(p.reason()).startsWith("unknown flag 'ninja', 'spy'");
            });
  }

  @Test
  void refusesUnknownClearanceLevel() {
    assertThat(problemsOf(csv("pay_number,surname,clearance", "P1,A,NPPV3;TS")))
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(tuple(2, "clearance"));
  }

  @Test
  void refusesAClearanceThatExpiresBeforeItWasGranted() {
    assertThat(
            problemsOf(
                csv(
                    "pay_number,surname,clearance,clearance_granted,clearance_expires",
                    "P1,A,SC,01/06/2024,2024-05-31")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(2, "clearance_expires", "expiry 2024-05-31 is before the grant 2024-06-01"));
  }

  @Test
  void refusesClearanceDatesSharedBySeveralLevels() {
    assertThat(
            problemsOf(
                csv("pay_number,surname,clearance,clearance_granted", "P1,A,NPPV3;SC,2024-01-01")))
        .extracting(InputProblem::field)
        .containsExactly("clearance_granted");
  }

  @Test
  void refusesClearanceDetailsWithoutALevel() {
    assertThat(problemsOf(csv("pay_number,surname,clearance,clearance_status", "P1,A,,LAPSED")))
        .extracting(InputProblem::field)
        .containsExactly("clearance_status");
  }

  @Test
  void refusesALeaverWithoutALeavingDate() {
    assertThat(problemsOf(csv("pay_number,surname,status", "P1,A,LEFT")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(2, "leaving_date", "a leaver needs a leaving date"));
  }

  @Test
  void refusesImpossibleDatesNamingRowAndColumn() {
    assertThat(problemsOf(csv("pay_number,surname,status,Leaving Date", "P1,A,LEFT,31/02/2024")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(2, "Leaving Date", "'31/02/2024' is not a real date (day first: 31/03/2024)"));
  }

  @Test
  void refusesMonthFirstDatesRatherThanGuessing() {
    assertThat(problemsOf(csv("pay_number,surname,leaving_date", "P1,A,03/31/2024")))
        .extracting(InputProblem::field)
        .containsExactly("leaving_date");
  }

  @Test
  void refusesUnknownStatusesAndYesNoValues() {
    assertThat(
            problemsOf(
                csv(
                    "pay_number,surname,status,collar_number,collar_public,clearance,"
                        + "clearance_status",
                    "P1,A,retired,12,maybe,SC,expired")))
        .extracting(InputProblem::field)
        .containsExactly("status", "collar_public", "clearance_status");
  }

  @Test
  void refusesRowsWithoutPayNumberOrSurname() {
    assertThat(problemsOf(csv("pay_number,surname,forenames", " ,,Ada")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(2, "pay_number", "pay number is empty"), tuple(2, "surname", "surname is empty"));
  }

  @Test
  void refusesDuplicatePayNumbersOnTheLaterRowNamingTheFirst() {
    List<InputProblem> problems =
        problemsOf(csv("pay_number,surname", "P1,A", "", "ab123,B", "P2,C", " AB123 ,D"));

    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(6, "pay_number", "duplicate pay number: already on row 4"));
  }

  @Test
  void refusesValuesLongerThanTheCellLimit() {
    String longName = "x".repeat(PeopleImport.MAX_CELL_LENGTH + 1);

    assertThat(problemsOf(csv("pay_number,surname,Notes", "P1," + longName + "," + longName)))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(2, "surname", "value is longer than 1000 characters"));
  }

  @Test
  void refusesAnOverlongHeaderNamingItsColumnLetter() {
    String header = "pay_number,surname," + "h".repeat(PeopleImport.MAX_CELL_LENGTH + 1);

    assertThat(problemsOf(csv(header, "P1,A,x")))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(tuple(1, "C", "header is longer than 1000 characters"));
  }

  @Test
  void collectsAllProblemsTogether() {
    List<InputProblem> problems =
        problemsOf(
            csv(
                "pay_number,surname,kind,rank,flags,clearance,status,leaving_date",
                "P1,A,OFFICER,PC,,,,",
                "P2,B,OFFICER,Captain,covert,,,",
                "P3,C,wizard,,,,,",
                "P4,D,,,secret,NPPV9,LEFT,",
                "P1,E,,,,,,31/13/2024"));

    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(
            tuple(3, "rank"),
            tuple(4, "kind"),
            tuple(5, "flags"),
            tuple(5, "clearance"),
            tuple(5, "leaving_date"),
            tuple(6, "pay_number"),
            tuple(6, "leaving_date"));
  }

  @Test
  void neverQuotesNamesOrPayNumbersInProblems() {
    List<InputProblem> problems =
        problemsOf(
            csv(
                "pay_number,surname,forenames,leaving_date,kind",
                "PN-SECRET-1,Zebedee,Quentin,Quentin Zebedee,STAFF",
                "pn-secret-1,Zebedee,Quentin,,",
                "PN-SECRET-2," + "Zebedee".repeat(200) + ",Quentin,,"));

    assertThat(problems).hasSize(3);
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.describe().toLowerCase(Locale.ROOT))
                    .doesNotContain("zebedee", "quentin", "pn-secret"));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(problemsOf(bytes(new byte[0])))
        .extracting(InputProblem::row, InputProblem::field, InputProblem::reason)
        .containsExactly(
            tuple(null, null, "the file is empty: expected a header row and one row per person"));
  }

  @Test
  void refusesAFileOfBlankLines() {
    assertThat(problemsOf(text("\uFEFF\n  \n,,\n")))
        .extracting(InputProblem::reason)
        .containsExactly("the file is empty: expected a header row and one row per person");
  }

  @Test
  void refusesAQuoteThatIsNeverClosedNamingItsRow() {
    assertThat(problemsOf(csv("pay_number,surname", "P1,A", "P2,\"B", "P3,C")))
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(
            tuple(3, "a quoted value is never closed: a closing quote (\") is missing"));
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 = "pay_number,surname\nP1,Ren\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(problemsOf(bytes(latin1)))
        .extracting(InputProblem::reason)
        .singleElement()
        .asString()
        .startsWith("the file is not UTF-8 text");
  }

  @Test
  void refusesUtf16Text() {
    byte[] utf16 = "pay_number,surname\n".getBytes(StandardCharsets.UTF_16);

    assertThat(problemsOf(bytes(utf16)))
        .extracting(InputProblem::reason)
        .containsExactly("the file is UTF-16 text: save it as CSV UTF-8 or .xlsx");
  }

  @Test
  void refusesMoreRowsThanTheCap() {
    PeopleImport capped = new PeopleImport(RankTable.load(RankTable.ENGLAND_AND_WALES), null, 3);

    List<InputProblem> problems =
        problemsOf(capped, "people.csv", csv("pay_number,surname", "P1,A", "P2,B", "", "P4,D"));

    assertThat(problems)
        .extracting(InputProblem::row, InputProblem::reason)
        .containsExactly(tuple(5, "more than 3 rows: split the file"));
  }

  @Test
  void acceptsExactlyTheCap() {
    PeopleImport capped = new PeopleImport(RankTable.load(RankTable.ENGLAND_AND_WALES), null, 2);

    assertThat(capped.read("people.csv", csv("pay_number,surname", "P1,A", "P2,B")).people())
        .hasSize(2);
  }

  @Test
  void refusesARowTooLongToHoldWithoutReadingItWhole() {
    String endless = "P2,\"" + "x".repeat(CsvRowSource.MAX_ROW_CHARS) + "\n,\n".repeat(10);

    assertThat(problemsOf(text("pay_number,surname\nP1,A\n" + endless)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.reason()).startsWith("row is longer than 1000000 characters");
            });
  }

  @Test
  void stopsCollectingAfterTheProblemLimit() {
    StringBuilder file = new StringBuilder("pay_number,surname,rank\n");
    for (int i = 0; i < ProblemLog.LIMIT + 50; i++) {
      file.append("P").append(i).append(",A,Captain\n");
    }

    List<InputProblem> problems = problemsOf(text(file.toString()));

    assertThat(problems).hasSize(ProblemLog.LIMIT + 1);
    assertThat(problems.get(ProblemLog.LIMIT).reason())
        .isEqualTo("stopped after 1000 problems: fix these and import again");
  }
}
