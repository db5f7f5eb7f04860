package uk.warden.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.InspectionSummary;
import uk.warden.inspect.report.Verdict;
import uk.warden.inspect.workforce.IdentifierKind;
import uk.warden.inspect.workforce.WorkforceIndex;

class InspectorTests {

  private static final String[] SURNAMES = {
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood"
  };
  private static final String[] FORENAMES = {"Jane", "John", "Aoife", "Ciaran", "Mary", "Sean"};
  private static final String[] RANKS = {"Constable", "Sergeant", "Inspector"};

  @TempDir Path dir;

  private static Inspector inspector(Consumer<ContentSink> script) {
    return Inspector.builder().readers(List.of(new ScriptedReader(script))).build();
  }

  private static Source text(String name) {
    return Source.of(name, "plain words".getBytes(StandardCharsets.UTF_8), Limits.defaults());
  }

  /** A visible headcount by rank and a hidden sheet of the people behind it. */
  private static void psniLike(ContentSink sink, int people) {
    Location book = Location.of("foi-1234.xlsx");
    sink.table(book.part("sheet 'Summary'"), null);
    sink.cell(0, 0, "Rank", null);
    sink.cell(0, 1, "Headcount", null);
    for (int r = 0; r < RANKS.length; r++) {
      sink.cell(r + 1, 0, RANKS[r], null);
      sink.cell(r + 1, 1, String.valueOf(1000 * (r + 1)), null);
    }
    sink.structure(
        HiddenContent.HIDDEN_SHEET, book.part("sheet 'Staff'"), people, "sheet 'Staff' is hidden");
    sink.table(book.part("sheet 'Staff'"), HiddenContent.HIDDEN_SHEET);
    String[] header = {"Surname", "Forename", "Rank", "Unit"};
    for (int c = 0; c < header.length; c++) {
      sink.cell(0, c, header[c], null);
    }
    for (int i = 0; i < people; i++) {
      sink.cell(i + 1, 0, SURNAMES[i % SURNAMES.length], null);
      sink.cell(i + 1, 1, FORENAMES[i % FORENAMES.length], null);
      sink.cell(i + 1, 2, RANKS[i % RANKS.length], null);
      sink.cell(i + 1, 3, "Crime Operations Branch", null);
    }
  }

  private static List<String> codes(FileReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  private static Finding finding(FileReport report, String code) {
    return report.findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + codes(report)));
  }

  @Test
  void psniWorkbookBlocksOnTheHiddenSheetOfPeople() throws UnreadableException {
    FileReport report =
        inspector(sink -> psniLike(sink, 60)).inspect(text("foi-1234.xlsx"), Expectation.AGGREGATE);

    assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(report, "HIDDEN_SHEET").verdict()).isEqualTo(Verdict.REVIEW);
    Finding names = finding(report, "PERSON_NAME");
    assertThat(names.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(names.location().part()).isEqualTo("sheet 'Staff'");
    assertThat(names.location().range()).isEqualTo("A2:B61");
    assertThat(names.detail()).doesNotContain("Smith").contains("hidden sheet");
    Finding rows = finding(report, "ROW_LEVEL_DATA");
    assertThat(rows.count()).isEqualTo(60);
    assertThat(rows.location().range()).isEqualTo("2:61");
    assertThat(finding(report, "HIGH_RISK_COMBINATION").detail())
        .contains("'Surname'", "'Rank' (police_rank)", "'Unit' (unit)");
    assertThat(report.columns())
        .extracting(ColumnReport::header, ColumnReport::type, ColumnReport::hiddenBy)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Surname", "PERSON_NAME", "HIDDEN_SHEET"),
            org.assertj.core.groups.Tuple.tuple("Rank", "POLICE_RANK", "HIDDEN_SHEET"),
            org.assertj.core.groups.Tuple.tuple("Unit", "UNIT", "HIDDEN_SHEET"));
    // Full names are counted once per row, not once per name part.
    assertThat(report.distinctValues().get("PERSON_NAME")).isEqualTo(18);
  }

  @Test
  void theSummaryAloneIsAnAggregateThatPasses() throws UnreadableException {
    FileReport report =
        inspector(
                sink -> {
                  sink.table(Location.of("answer.csv"), null);
                  sink.cell(0, 0, "Rank", null);
                  sink.cell(0, 1, "Headcount", null);
                  for (int r = 0; r < RANKS.length; r++) {
                    sink.cell(r + 1, 0, RANKS[r], null);
                    sink.cell(r + 1, 1, "12" + r, null);
                  }
                })
            .inspect(text("answer.csv"), Expectation.AGGREGATE);

    assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    assertThat(codes(report)).doesNotContain("ROW_LEVEL_DATA", "PERSON_NAME");
  }

  @Test
  void aVisibleListOfPeopleDependsOnWhatTheFileShouldHold() throws UnreadableException {
    Inspector inspector =
        inspector(
            sink -> {
              sink.table(Location.of("list.csv"), null);
              sink.cell(0, 0, "Surname", null);
              sink.cell(0, 1, "Forenames", null);
              for (int i = 0; i < 12; i++) {
                sink.cell(i + 1, 0, SURNAMES[i], null);
                sink.cell(i + 1, 1, FORENAMES[i % FORENAMES.length], null);
              }
            });

    assertThat(inspector.inspect(text("list.csv"), Expectation.AGGREGATE).verdict())
        .isEqualTo(Verdict.BLOCK);
    assertThat(inspector.inspect(text("list.csv"), Expectation.UNSTATED).verdict())
        .isEqualTo(Verdict.REVIEW);
    assertThat(inspector.inspect(text("list.csv"), Expectation.RECORDS).verdict())
        .isEqualTo(Verdict.PASS);
  }

  @Test
  void metadataAloneNeedsReview() throws UnreadableException {
    FileReport report =
        inspector(
                sink ->
                    sink.structure(
                        HiddenContent.DOCUMENT_PROPERTIES,
                        Location.of("a.docx").part("docProps/core.xml"),
                        2,
                        "author and last modified by are set"))
            .inspect(text("a.docx"), Expectation.UNSTATED);

    assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void personalDataInAHiddenCommentBlocksButTheSameInViewNeedsReview() throws UnreadableException {
    String line = "Contact DC Jane Smith on 07700 900123 or jane.smith@example.police.uk";
    FileReport hidden =
        inspector(
                sink ->
                    sink.text(
                        Location.of("a.docx").part("comment 1"), HiddenContent.COMMENTS, line))
            .inspect(text("a.docx"), Expectation.UNSTATED);
    FileReport visible =
        inspector(sink -> sink.text(Location.of("a.docx").part("page 1"), null, line))
            .inspect(text("a.docx"), Expectation.UNSTATED);

    assertThat(hidden.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(visible.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(codes(visible)).contains("EMAIL", "UK_PHONE");
    assertThat(finding(visible, "EMAIL").detail()).doesNotContain("jane").contains("j");
  }

  @Test
  void aFormatWithoutAReaderIsUninspectableAndBlocks() throws UnreadableException {
    FileReport report =
        Inspector.builder()
            .readers(List.of())
            .build()
            .inspect(text("notes.txt"), Expectation.UNSTATED);

    assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    assertThat(finding(report, "UNINSPECTABLE").detail()).contains("no reader");
  }

  @Test
  void anUnreadableAttachmentIsUninspectableNotFatal() throws UnreadableException {
    byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3};
    FileReport report =
        inspector(sink -> sink.nested(Location.of("mail.eml"), "staff.xlsx", damaged))
            .inspect(text("mail.eml"), Expectation.UNSTATED);

    Finding uninspectable = finding(report, "UNINSPECTABLE");
    assertThat(uninspectable.location().file()).isEqualTo("mail.eml > staff.xlsx");
    assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void aReaderFailureRefusesTheWholeFile() {
    FormatReader broken =
        new ScriptedReader(
            sink -> {
              throw new IllegalStateException("parser bug");
            });
    Inspector inspector = Inspector.builder().readers(List.of(broken)).build();

    assertThatThrownBy(() -> inspector.inspect(text("x.txt"), Expectation.UNSTATED))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void workforceMatchesCountDistinctPeopleWithoutTheRoster() throws UnreadableException {
    byte[] key = "a key of sixteen bytes or more!!".getBytes(StandardCharsets.UTF_8);
    WorkforceIndex index =
        WorkforceIndex.builder(key)
            .addNames(1, "Jane", "Smith")
            .addNames(2, "John", "Jones")
            .add(3, IdentifierKind.PAY_NUMBER, "PN 004711")
            .build();
    Inspector inspector =
        Inspector.builder()
            .readers(
                List.of(
                    new ScriptedReader(
                        sink -> {
                          sink.table(Location.of("list.csv"), null);
                          sink.cell(0, 0, "Surname", null);
                          sink.cell(0, 1, "Forename", null);
                          sink.cell(0, 2, "Pay number", null);
                          sink.cell(1, 0, "Smith", null);
                          sink.cell(1, 1, "Jane", null);
                          sink.cell(2, 0, "SMITH", null);
                          sink.cell(2, 1, "J.", null);
                          sink.cell(3, 0, "Jones", null);
                          sink.cell(3, 1, "John", null);
                          sink.cell(3, 2, "pn004711", null);
                          sink.cell(4, 0, "Nobody", null);
                          sink.cell(4, 1, "Known", null);
                        })))
            .workforce(index)
            .build();

    FileReport report = inspector.inspect(text("list.csv"), Expectation.RECORDS);

    Finding match = finding(report, "WORKFORCE_MATCH");
    assertThat(match.count()).isEqualTo(3);
    assertThat(match.verdict()).isEqualTo(Verdict.BLOCK);
  }

  @Test
  void aDirectoryCountsPeopleOnceAcrossFilesAndListsUnreadableFiles() throws Exception {
    Path log = Files.createDirectories(dir.resolve("disclosure-log"));
    Files.writeString(log.resolve("a.txt"), "words");
    Files.writeString(log.resolve("b.txt"), "words");
    Files.write(log.resolve("c.xlsx"), new byte[] {'P', 'K', 3, 4, 9});
    Inspector inspector =
        inspector(sink -> sink.text(Location.of("x"), null, "Email jane.smith@example.org now"));

    InspectionSummary summary = inspector.inspectAll(List.of(log), Expectation.UNSTATED);

    assertThat(summary.files()).hasSize(2);
    assertThat(summary.distinctValues().get("EMAIL")).isEqualTo(1);
    assertThat(summary.unreadable())
        .singleElement()
        .satisfies(u -> assertThat(u.file()).endsWith("c.xlsx"));
    assertThat(summary.verdict()).isEqualTo(Verdict.BLOCK);
  }
}
