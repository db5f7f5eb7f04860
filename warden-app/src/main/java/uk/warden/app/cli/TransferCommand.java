package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.TransferRequest;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.platform.PageRequest;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.importing.PayNumberList;

/** {@code warden transfer record|list}: the custody ledger's transfers. */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = "Record and list transfers of personal data to parties.",
    subcommands = {TransferCommand.Record.class, TransferCommand.ListTransfers.class})
class TransferCommand {

  /** The people: a file that was sent, or pay numbers typed in. */
  static class People {
    @Option(
        names = "--people",
        paramLabel = "FILE",
        description =
            "CSV or XLSX with a pay_number column (the file that was sent), or one pay number a"
                + " line.")
    @Nullable Path file;

    @Option(
        names = "--pay-numbers",
        split = ",",
        paramLabel = "PN",
        description = "Pay numbers, comma-separated.")
    @Nullable List<String> payNumbers;

    /** The entries, and the file's SHA-256 when a file was read. */
    Read read() {
      if (file == null) {
        return new Read(TransferRequest.listed(payNumbers), null);
      }
      try (InputStream in = Files.open(file)) {
        PayNumberList.Fingerprinted read =
            PayNumberList.readFingerprinted(file.getFileName().toString(), in);
        return new Read(read.entries(), read.sha256());
      } catch (IOException e) {
        throw new BadInputException(InputProblem.file(file.toString(), "cannot be read"));
      }
    }

    String source() {
      return file == null ? "request" : file.getFileName().toString();
    }

    record Read(List<PayNumberList.Entry> entries, @Nullable String sha256) {}
  }

  @Command(
      name = "record",
      mixinStandardHelpOptions = true,
      description =
          "Record that these people's data in these categories went to a party. Everything is"
              + " checked first; unknown pay numbers, parties, systems or categories refuse the"
              + " whole transfer.")
  static class Record implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "PARTY", description = "Party code.")
    String toParty;

    @Option(
        names = "--at",
        required = true,
        converter = TimeConverter.class,
        description = "When it was sent: 2026-03-31, 2026-03-31T14:00 (UK time) or an instant.")
    Instant at;

    @Option(
        names = "--categories",
        required = true,
        split = ",",
        paramLabel = "KEY",
        description = "Data category keys, e.g. user.name,user.biometric.photo.")
    List<String> categories;

    @ArgGroup(exclusive = true, multiplicity = "1")
    People people;

    @Option(names = "--from-system", paramLabel = "SYSTEM", description = "Source system code.")
    @Nullable String fromSystem;

    @Option(names = "--to-system", paramLabel = "SYSTEM", description = "Receiving system code.")
    @Nullable String toSystem;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Agreement code.")
    @Nullable String agreement;

    @Option(
        names = "--method",
        defaultValue = "FILE",
        description = "How it was sent: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    TransferMethod method;

    @Option(
        names = "--sha256",
        description = "Fingerprint of the file sent (default: that of the --people file).")
    @Nullable String sha256;

    @Option(names = "--approved-by", paramLabel = "WHO", description = "Who approved it.")
    @Nullable String approvedBy;

    @Override
    public Integer call() {
      People.Read read = people.read();
      try (var context = Spring.start(store.location())) {
        TransferSummary saved =
            context
                .getBean(CustodyService.class)
                .record(
                    new TransferRequest(
                        people.source(),
                        at,
                        fromSystem,
                        toParty,
                        toSystem,
                        agreement,
                        new LinkedHashSet<>(categories),
                        read.entries(),
                        method,
                        sha256 != null ? sha256 : read.sha256(),
                        approvedBy),
                    "cli");
        spec.commandLine()
            .getOut()
            .printf(
                "Recorded transfer %d: %,d people to %s at %s, categories %s.%n",
                saved.id(),
                saved.people(),
                saved.toParty(),
                saved.at(),
                String.join(", ", saved.categories()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List transfers, newest first.")
  static class ListTransfers implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--party", paramLabel = "PARTY", description = "Only those to this party.")
    @Nullable String party;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many.")
    int limit;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        List<TransferSummary> page =
            new ArrayList<>(
                context
                    .getBean(CustodyService.class)
                    .transfers(party, new PageRequest(1, limit))
                    .items());
        out.println("id\tat\tparty\tpeople\tmethod\tcategories");
        for (TransferSummary t : page) {
          out.println(
              t.id()
                  + "\t"
                  + t.at()
                  + "\t"
                  + t.toParty()
                  + "\t"
                  + t.people()
                  + "\t"
                  + t.method()
                  + "\t"
                  + String.join(",", t.categories()));
        }
      }
      return ExitCodes.OK;
    }
  }
}
