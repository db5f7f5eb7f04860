package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.MadeExtract;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.core.register.importing.PayNumberList;

/**
 * {@code warden export --agreement A [--people FILE] --out FILE.csv}: the governed road out of the
 * force. The extract holds only what the agreement permits, is marked so a leaked copy can be
 * traced, and is recorded as a transfer with its SHA-256 before the file appears.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Make an extract for a party under its agreement: only the permitted categories' columns,"
            + " marked for tracing, recorded in the custody ledger as a transfer with the file's"
            + " SHA-256.")
class ExportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(
      names = "--agreement",
      required = true,
      paramLabel = "CODE",
      description = "The agreement.")
  String agreement;

  @Option(
      names = "--people",
      paramLabel = "FILE",
      description = "Pay numbers of the people to include, one a line (default: everyone serving).")
  @Nullable Path people;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<String> payNumbers = people == null ? null : read(people);
    try (OutputFile file = OutputFile.create(out);
        var context = Spring.start(store.location())) {
      MadeExtract made =
          context.getBean(ExportService.class).export(agreement, payNumbers, AccessCommand.BY);
      try (OutputStream stream = file.open()) {
        stream.write(made.file());
      }
      file.commit();
      RecordedExtract r = made.recorded();
      PrintWriter printed = spec.commandLine().getOut();
      printed.printf(
          "Extract %d for %s under %s: %,d people, columns %s; marked for tracing.%n",
          r.id(), r.party(), r.agreement(), r.people(), String.join(", ", r.columns()));
      printed.printf(
          "Recorded as transfer %d; SHA-256 %s; written to %s%n",
          r.transferId(), r.sha256(), file.name());
    }
    return ExitCodes.OK;
  }

  private static List<String> read(Path file) throws IOException {
    try (InputStream in = Files.open(file)) {
      return PayNumberList.read(file.toString(), in).stream()
          .map(PayNumberList.Entry::payNumber)
          .toList();
    }
  }
}
