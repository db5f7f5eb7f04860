package uk.warden.inspect.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.ScriptedReader;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.report.Verdict;

class SanitiserTests {

  @TempDir Path dir;

  /** A workbook as a reader reports it: a summary with a hidden row and column, a hidden sheet. */
  private static void workbook(ContentSink sink) {
    Location book = Location.of("answer.xlsx");
    sink.table(book.part("sheet 'Summary'"), null);
    String[][] rows = {
      {"Rank", "Headcount", "Name of officer", "Note"},
      {"Constable", "4000", "Jane Smith", "=HYPERLINK(\"http://x\")"},
      {"Sergeant", "900", "John Jones", ""},
      {"Inspector", "300", "Mary Brown", ""}
    };
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        HiddenContent hidden =
            r == 3 ? HiddenContent.HIDDEN_ROWS : c == 3 ? HiddenContent.HIDDEN_COLUMNS : null;
        sink.cell(r, c, rows[r][c], hidden);
      }
    }
    for (int r = 0; r < 12; r++) {
      sink.cell(4 + r, 2, "Aoife Kelly", null);
    }
    sink.table(book.part("sheet 'Staff'"), HiddenContent.HIDDEN_SHEET);
    sink.cell(0, 0, "Surname", null);
    sink.cell(1, 0, "Smith", null);
  }

  private Sanitiser sanitiser() {
    return new Sanitiser(
        Inspector.builder()
            .readers(List.of(new ScriptedReader(SanitiserTests::workbook, Format.CSV)))
            .build());
  }

  private Path input() throws Exception {
    // Sniffed as CSV; the scripted reader stands in for the workbook reader.
    return Files.writeString(dir.resolve("answer.xlsx"), "a,b\n1,2\n");
  }

  @Test
  void keepsOnlyVisibleCellsOfOneSheetAndDropsPersonalColumns() throws Exception {
    Path out = dir.resolve("answer.csv");

    SanitiseResult result = sanitiser().sanitise(input(), out, null, Set.of());

    assertThat(result.sheet()).isEqualTo("sheet 'Summary'");
    assertThat(result.sheetsDropped()).containsExactly("sheet 'Staff'");
    assertThat(result.hiddenRowsDropped()).isEqualTo(1);
    assertThat(result.hiddenColumnsDropped()).isEqualTo(1);
    assertThat(result.personalColumnsDropped()).singleElement().asString().contains("(C)");
    assertThat(Files.readString(out))
        .isEqualTo("Rank,Headcount\r\nConstable,4000\r\nSergeant,900\r\n");
    assertThat(result.output().verdict()).isIn(Verdict.PASS, Verdict.BLOCK);
  }

  @Test
  void aColumnKeptByNameStaysAndFormulasAreDefused() throws Exception {
    Path out = dir.resolve("kept.csv");

    SanitiseResult result =
        sanitiser().sanitise(input(), out, "Summary", Set.of("name of officer"));

    assertThat(result.columnsKept()).singleElement().asString().contains("Name of officer");
    assertThat(Files.readString(out)).contains("Jane Smith").doesNotContain("Mary Brown");
  }

  @Test
  void anUnknownSheetIsRefusedAndNothingIsWritten() throws Exception {
    Path out = dir.resolve("none.csv");

    assertThatThrownBy(() -> sanitiser().sanitise(input(), out, "Payroll", Set.of()))
        .isInstanceOf(UnreadableException.class)
        .hasMessageContaining("no sheet named 'Payroll'")
        .hasMessageContaining("Summary");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("answer.xlsx");
    }
  }

  @Test
  void formulaCellsGetALeadingQuote() {
    assertThat(Cells.safe("=HYPERLINK(\"http://x\")")).startsWith("'=");
    assertThat(Cells.safe("-12.5")).isEqualTo("-12.5");
    assertThat(Cells.safe("+44 20 7230 1212")).startsWith("'+");
    assertThat(Cells.safe("@SUM(A1)")).startsWith("'@");
  }
}
