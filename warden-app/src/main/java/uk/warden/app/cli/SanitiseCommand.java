package uk.warden.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.report.ReportText;
import uk.warden.inspect.report.Verdict;
import uk.warden.inspect.sanitise.SanitiseResult;
import uk.warden.inspect.sanitise.Sanitiser;

/**
 * {@code warden sanitise FILE --out OUT.csv}: the ICO's advice done for the user, one sheet's
 * visible cells as CSV without personal-data columns, checked again before it is kept.
 */
@Command(
    name = "sanitise",
    mixinStandardHelpOptions = true,
    description =
        "Write only the visible cells of one sheet as CSV, dropping columns found to hold personal"
            + " data unless kept, and inspect the result. Exit 0 when the CSV passes, 1 when it"
            + " needs review (a blocked CSV is deleted), 2 for unreadable input.")
class SanitiseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A workbook or CSV file.")
  Path file;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT.csv",
      description = "The CSV to write.")
  Path out;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The sheet to keep (default: the first visible one).")
  @Nullable String sheet;

  @Option(
      names = "--keep",
      arity = "1..*",
      paramLabel = "COLUMN",
      description = "Columns (header or letter) to keep although they hold personal data.")
  List<String> keep = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(InputProblem.file(file.toString(), "does not exist"));
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BadInputException(InputProblem.file(out.toString(), "its folder does not exist"));
    }
    SanitiseResult result;
    try {
      result = new Sanitiser(Inspector.standard()).sanitise(file, out, sheet, Set.copyOf(keep));
    } catch (UnreadableException e) {
      throw new BadInputException(InputProblem.file(file.toString(), e.getMessage()));
    }
    PrintWriter text = spec.commandLine().getOut();
    text.printf("Kept %s: %,d rows written to %s%n", result.sheet(), result.rowsWritten(), out);
    text.printf(
        "Dropped sheets: %s%n",
        result.sheetsDropped().isEmpty() ? "none" : String.join(", ", result.sheetsDropped()));
    text.printf(
        "Dropped hidden content: %,d rows, %,d columns, %,d cells in all%n",
        result.hiddenRowsDropped(), result.hiddenColumnsDropped(), result.hiddenCellsDropped());
    text.printf(
        "Dropped personal-data columns: %s%n",
        result.personalColumnsDropped().isEmpty()
            ? "none"
            : String.join("; ", result.personalColumnsDropped()));
    if (!result.columnsKept().isEmpty()) {
      text.printf("Kept on request: %s%n", String.join("; ", result.columnsKept()));
    }
    text.println("Inspection of the CSV written:");
    ReportText.print(result.output(), text);
    Verdict verdict = result.output().verdict();
    if (verdict == Verdict.BLOCK) {
      Files.deleteIfExists(out);
      text.printf("The CSV still blocks, so it was deleted: %s%n", out);
    }
    return verdict == Verdict.PASS ? ExitCodes.OK : ExitCodes.BLOCKING_FINDINGS;
  }
}
