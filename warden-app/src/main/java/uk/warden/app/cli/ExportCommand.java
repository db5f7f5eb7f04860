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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.exports.CheckedFile;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractChecker;
import uk.warden.app.exports.ExtractRequest;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.ExtractTable;
import uk.warden.app.exports.MadeExtract;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.register.RegisterService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.importing.PayNumberList;
import uk.warden.inspect.report.Verdict;

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
            + " only the people its rule allows, marked for tracing, recorded in the custody ledger as"
            + " a transfer with the file's SHA-256. Above the approval threshold it is held until a"
            + " second person approves it.",
    subcommands = {
      ExportCommand.Check.class,
      ExportCommand.Fetch.class,
      ExportCommand.Listing.class
    })
class ExportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(
      names = "--agreement",
      paramLabel = "CODE",
      description = "The agreement (required to make an extract).")
  @Nullable String agreement;

  @Option(
      names = "--people",
      paramLabel = "FILE",
      description =
          "Pay numbers of the people to include, one a line (default: everyone the agreement's"
              + " people rule allows).")
  @Nullable Path people;

  @Option(
      names = "--photos",
      paramLabel = "DIR",
      description =
          "The folder of photos, named by each person's photo reference (for a .zip extract).")
  @Nullable Path photos;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The file to write: .csv, .xlsx, or .zip (CSV with photos).")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    if (agreement == null || out == null) {
      throw new BadInputException(
          InputProblem.field(
              "command line", agreement == null ? "--agreement" : "--out", "is required"));
    }
    ExtractFormat format =
        ExtractFormat.ofFileName(out.getFileName().toString())
            .orElseThrow(
                () ->
                    new BadInputException(
                        InputProblem.field(
                            "command line", "--out", "must end .csv, .xlsx or .zip")));
    List<String> payNumbers = people == null ? null : read(people);
    PrintWriter printed = spec.commandLine().getOut();
    try (OutputFile file = OutputFile.create(out);
        var context = Spring.start(store.location())) {
      MadeExtract made =
          context
              .getBean(ExportService.class)
              .export(
                  new ExtractRequest(agreement, payNumbers, format, photos, false),
                  AccessCommand.BY);
      RecordedExtract r = made.recorded();
      printed.printf(
          "Extract %d for %s under %s: %,d people, columns %s; marked for tracing.%n",
          r.id(), r.party(), r.agreement(), r.people(), String.join(", ", r.columns()));
      byte[] bytes = made.file();
      if (bytes == null) {
        printed.printf("Held for a second person's approval, because of:%n");
        r.approvalReasons().forEach(reason -> printed.printf("  %s%n", reason));
        printed.printf(
            "Nothing was written. A signed-in user other than its maker approves it at"
                + " /exports/%d (or POST /api/v1/exports/%d/approval); then"
                + " ./warden export fetch %d --out %s%n",
            r.id(), r.id(), r.id(), out);
        return ExitCodes.OK;
      }
      write(file, bytes);
      printed.printf(
          "Recorded as transfer %d; SHA-256 %s; written to %s%n",
          r.transferId(), r.sha256(), file.name());
    }
    return ExitCodes.OK;
  }

  private static void write(OutputFile file, byte[] bytes) throws IOException {
    try (OutputStream stream = file.open()) {
      stream.write(bytes);
    }
    file.commit();
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The extracts made, newest first: held ones wait for a second person.")
  static class Listing implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Only under this agreement.")
    @Nullable String agreement;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only HELD, RELEASED or REFUSED.")
    @Nullable ExtractStatus status;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        out.println("id\tagreement\tparty\tstatus\tpeople\tformat\tmade_at\tmade_by\tdecided_by");
        for (RecordedExtract e : context.getBean(ExportService.class).extracts(agreement, status)) {
          out.printf(
              "%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s%n",
              e.id(),
              e.agreement(),
              e.party(),
              e.status(),
              e.people(),
              e.format().word(),
              e.madeAt(),
              e.madeBy(),
              e.decidedBy() == null ? "" : e.decidedBy());
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      description = "Write a released extract's file, once a second person approved it.")
  static class Fetch implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The extract's number.")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file.")
    Path out;

    @Override
    public Integer call() throws IOException {
      try (OutputFile file = OutputFile.create(out);
          var context = Spring.start(store.location())) {
        ExportService exports = context.getBean(ExportService.class);
        RecordedExtract r = exports.extract(id);
        write(file, exports.file(id));
        spec.commandLine()
            .getOut()
            .printf(
                "Extract %d (transfer %d, approved by %s); SHA-256 %s; written to %s%n",
                r.id(), r.transferId(), r.decidedBy(), r.sha256(), file.name());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Check an extract another system made against its agreement: columns outside the"
              + " permitted categories, people unknown or outside its rule, too many people, too"
              + " often, a format it does not accept, anything hidden (the disclosure guard) and an"
              + " earlier extract's canaries each block it (exit 1). With --record, a file that"
              + " passes is recorded as the transfer in the same step.")
  static class Check implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(
        names = "--agreement",
        required = true,
        paramLabel = "CODE",
        description = "The agreement the file is to go under.")
    String agreement;

    @Option(names = "--record", description = "Record a file that passes as the transfer.")
    boolean record;

    @Parameters(index = "0", paramLabel = "FILE", description = "The extract: CSV, XLSX, ...")
    Path file;

    @Override
    public Integer call() throws IOException {
      byte[] content =
          Files.read(file, ExtractTable.MAX_BYTES, "is over 200 MB: not an extract to check");
      PrintWriter out = spec.commandLine().getOut();
      String name = file.getFileName().toString();
      try (var context = Spring.start(store.location())) {
        ExtractCheck check =
            context.getBean(ExtractChecker.class).check(agreement, name, content, AccessCommand.BY);
        out.printf("%s against %s: %s%n", file, agreement, check.verdict());
        check.problems().forEach(p -> out.printf("  %s: %s%n", p.code(), p.detail()));
        boolean passed = check.verdict() == Verdict.PASS;
        CheckedFile kept =
            context
                .getBean(ExportService.class)
                .keep(check, name, AccessCommand.BY, record && passed);
        if (!passed) {
          return ExitCodes.BLOCKING_FINDINGS;
        }
        if (kept.transferId() != null) {
          out.printf(
              "Recorded as transfer %d: %,d people to %s.%n",
              kept.transferId(),
              kept.people(),
              context.getBean(RegisterService.class).agreement(check.agreement()).partyCode());
        }
        return ExitCodes.OK;
      }
    }
  }

  private static List<String> read(Path file) throws IOException {
    try (InputStream in = Files.open(file)) {
      return PayNumberList.read(file.toString(), in).stream()
          .map(PayNumberList.Entry::payNumber)
          .toList();
    }
  }
}
