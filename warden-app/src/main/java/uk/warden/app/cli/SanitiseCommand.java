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
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatSniffer;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.ReportText;
import uk.warden.inspect.report.Verdict;
import uk.warden.inspect.sanitise.SanitiseResult;
import uk.warden.inspect.sanitise.Sanitiser;
import uk.warden.inspect.sanitise.WordCleaner;

/**
 * {@code warden sanitise FILE --out OUT}: the ICO's advice done for the user, one sheet's visible
 * cells as CSV without personal-data columns, or a Word document without what hides in it; checked
 * again before it is kept. PDFs are refused with the reason: no edit of a PDF can be trusted to
 * remove what lies under its boxes.
 */
@Command(
    name = "sanitise",
    mixinStandardHelpOptions = true,
    description =
        "Write only the visible cells of one sheet as CSV, dropping columns found to hold personal"
            + " data unless kept; or a copy of a Word document without comments, tracked changes,"
            + " hidden text and authors. The result is inspected: exit 0 when it passes, 1 when it"
            + " needs review (a result that still blocks is deleted), 2 for unreadable input.")
class SanitiseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A workbook, CSV file or Word document.")
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
    PrintWriter text = spec.commandLine().getOut();
    Inspector inspector = Inspector.standard();
    try {
      Format format = FormatSniffer.sniff(Source.of(file, inspector.limits()));
      if (format == Format.DOCX) {
        return word(new WordCleaner(inspector).clean(file, out), text);
      }
      if (format == Format.PDF) {
        throw new UnreadableException(
            "a PDF cannot be sanitised reliably by editing it: text under boxes, earlier versions"
                + " and layers survive most edits. Sanitise the source document and make the PDF"
                + " again, then inspect it");
      }
      return sheet(new Sanitiser(inspector).sanitise(file, out, sheet, Set.copyOf(keep)), text);
    } catch (UnreadableException e) {
      throw new BadInputException(InputProblem.file(file.toString(), e.getMessage()));
    }
  }

  private int word(WordCleaner.Cleaned cleaned, PrintWriter text) throws Exception {
    text.printf("Wrote a copy to %s without:%n", out);
    if (cleaned.removed().isEmpty()) {
      text.println("  nothing: no comments, tracked changes, hidden text or authors were found");
    }
    cleaned.removed().forEach(line -> text.println("  " + line));
    return verdict(cleaned.output(), text);
  }

  private int sheet(SanitiseResult result, PrintWriter text) throws Exception {
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
    return verdict(result.output(), text);
  }

  /** The output is inspected like any outgoing file; one that still blocks is not left behind. */
  private int verdict(FileReport output, PrintWriter text) throws Exception {
    text.println("Inspection of the file written:");
    ReportText.print(output, text);
    if (output.verdict() == Verdict.BLOCK) {
      Files.deleteIfExists(out);
      text.printf("It still blocks, so it was deleted: %s%n", out);
    }
    return output.verdict() == Verdict.PASS ? ExitCodes.OK : ExitCodes.BLOCKING_FINDINGS;
  }
}
