package uk.warden.app.cli;

import java.time.Instant;
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
import uk.warden.app.custody.DeletionRequest;
import uk.warden.app.custody.DeletionSummary;
import uk.warden.core.register.importing.PayNumberList;

/** {@code warden deletion record}: a party's attestation that it destroyed what it held. */
@Command(
    name = "deletion",
    mixinStandardHelpOptions = true,
    description = "Record a party's attestation that it destroyed data it was given.",
    subcommands = DeletionCommand.Record.class)
class DeletionCommand {

  /** What was destroyed: everything, one transfer, or some people. */
  static class Scope {
    @Option(names = "--all", description = "Everything the party held (an exit certificate).")
    boolean all;

    @Option(names = "--transfer", paramLabel = "ID", description = "One transfer's data.")
    @Nullable Long transfer;

    @ArgGroup(exclusive = true)
    TransferCommand.@Nullable People people;
  }

  @Command(
      name = "record",
      mixinStandardHelpOptions = true,
      description =
          "Record a deletion attestation with its evidence. Without one, data stays held in"
              + " Warden's eyes, however long ago the agreement ended.")
  static class Record implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--party", required = true, paramLabel = "PARTY", description = "Party code.")
    String party;

    @Option(
        names = "--at",
        required = true,
        converter = TimeConverter.class,
        description = "When it was destroyed: 2026-03-31, 2026-03-31T14:00 or an instant.")
    Instant at;

    @Option(
        names = "--evidence",
        required = true,
        description = "The evidence, e.g. the destruction certificate reference.")
    String evidence;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Override
    public Integer call() {
      List<PayNumberList.Entry> people =
          scope.people == null ? List.of() : scope.people.read().entries();
      String source = scope.people == null ? "request" : scope.people.source();
      try (var context = Spring.start(store.location())) {
        DeletionSummary saved =
            context
                .getBean(CustodyService.class)
                .record(
                    new DeletionRequest(source, party, at, scope.transfer, people, evidence),
                    "cli");
        spec.commandLine()
            .getOut()
            .printf(
                "Recorded deletion %d by %s at %s (%s).%n",
                saved.id(), saved.party(), saved.at(), describe(saved));
      }
      return ExitCodes.OK;
    }

    private static String describe(DeletionSummary saved) {
      return switch (saved.scope()) {
        case "TRANSFER" -> "transfer " + saved.transferId();
        case "PEOPLE" -> saved.people() + " people";
        default -> "everything held";
      };
    }
  }
}
