package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.access.AccessService;
import uk.warden.core.access.ingest.LogFormat;

/** {@code warden access}: who can reach the force's systems, and who did. */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    description = "The access register: import the directory and grants, ingest access logs.",
    subcommands = {AccessCommand.Ingest.class})
class AccessCommand {

  /** Who the CLI records as having imported or ingested, in the store. */
  static final String BY = "cli";

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Ingest access logs (JSON lines or CSV in the s.62 shape: who, when, system, operation,"
              + " records, recipients, justification). Each file is accepted whole or refused with"
              + " its bad lines named; an event already ingested is never counted twice.")
  static class Ingest implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Access log files.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        AccessService access = context.getBean(AccessService.class);
        for (Path file : files) {
          AccessService.Ingested done;
          long start = System.nanoTime();
          try (InputStream in = Files.open(file)) {
            done = access.ingest(file.getFileName().toString(), in, BY);
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          out.printf(
              "%s: %,d events read (%s), %,d new, %,d already ingested in %.1f s (%,.0f"
                  + " events/s)%n",
              file.getFileName(),
              done.summary().events(),
              done.summary().format() == LogFormat.CSV ? "CSV" : "JSON lines",
              done.newEvents(),
              done.duplicates(),
              seconds,
              done.summary().events() / seconds);
        }
        out.printf("The store holds %,d access events.%n", access.eventCount());
      }
      return ExitCodes.OK;
    }
  }
}
