package uk.warden.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractTable;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.TracedFile;
import uk.warden.core.trace.TraceMatch;

/**
 * {@code warden trace FILE}: which extract(s) a leaked or found table can have come from, with the
 * evidence, a confidence, and the party and date from the ledger. A file carrying an extract's
 * canaries is a breach signal: it is recorded and the command exits 1.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description =
        "Name the extracts a leaked or found CSV, TSV or XLSX can have come from (whole or"
            + " partial, reordered,"
            + " columns dropped). Exit 1 when it carries an extract's canaries: a breach signal.")
class TraceCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A CSV, TSV or XLSX file (every sheet, hidden ones too).")
  Path file;

  @Override
  public Integer call() throws IOException {
    byte[] content =
        Files.read(file, ExtractTable.MAX_BYTES, "is over 200 MB: not a table of people to trace");
    List<List<String>> rows = ExtractTable.read(file.toString(), content).rows();
    PrintWriter out = spec.commandLine().getOut();
    try (var context = Spring.start(store.location())) {
      TracedFile traced =
          context
              .getBean(ExportService.class)
              .trace(file.getFileName().toString(), content, rows, AccessCommand.BY);
      out.printf("%s: %s%n", file, traced.trace().verdict());
      for (int i = 0; i < traced.trace().matches().size(); i++) {
        TraceMatch match = traced.trace().matches().get(i);
        RecordedExtract extract =
            traced.candidates().stream()
                .filter(e -> Long.toString(e.id()).equals(match.extractId()))
                .findFirst()
                .orElse(null);
        out.printf(
            "  extract %s (confidence %.2f)%s%n",
            match.extractId(),
            match.confidence(),
            extract == null
                ? ""
                : ": to "
                    + extract.party()
                    + " under "
                    + extract.agreement()
                    + " on "
                    + extract.madeAt()
                    + ", transfer "
                    + extract.transferId());
        match.evidence().forEach(line -> out.println("    " + line));
      }
      traced.trace().evidence().forEach(line -> out.println("  " + line));
      for (RecordedExtract extract : traced.sighted()) {
        out.printf(
            "BREACH SIGNAL: canaries of extract %d (to %s on %s) are in this file; recorded.%n",
            extract.id(), extract.party(), extract.madeAt());
      }
      return traced.sighted().isEmpty() ? ExitCodes.OK : ExitCodes.BLOCKING_FINDINGS;
    }
  }
}
