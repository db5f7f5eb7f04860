package uk.warden.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.breach.IncidentRequest;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.Deadline;
import uk.warden.core.breach.Incident;

/** {@code warden incident declare|list|report}: personal data breaches under investigation. */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description =
        "Declare, list and report personal data breaches; see 'warden impact --incident ID'.",
    subcommands = {
      IncidentCommand.Declare.class,
      IncidentCommand.ListIncidents.class,
      IncidentReportCommand.class
    })
class IncidentCommand {

  @Command(
      name = "declare",
      mixinStandardHelpOptions = true,
      description = "Declare an incident. Either end of the window may be left out as unknown.")
  static class Declare implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--id", description = "Incident id (default INC-<year>-<number>).")
    @Nullable String id;

    @Option(names = "--title", required = true, description = "What happened, in a line.")
    String title;

    @Option(
        names = "--party",
        required = true,
        paramLabel = "NAME",
        description = "A compromised party (code, name or unique part of it); repeatable.")
    List<String> parties;

    @Option(names = "--system", paramLabel = "CODE", description = "A system known involved.")
    @Nullable List<String> systems;

    @Option(names = "--category", paramLabel = "KEY", description = "A category known involved.")
    @Nullable List<String> categories;

    @Option(
        names = "--type",
        defaultValue = "CONFIDENTIALITY",
        description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    BreachType type;

    @Option(names = "--from", converter = TimeConverter.class, description = "Window start.")
    @Nullable Instant from;

    @Option(names = "--to", converter = TimeConverter.class, description = "Window end.")
    @Nullable Instant to;

    @Option(
        names = "--aware",
        required = true,
        converter = TimeConverter.class,
        description = "When the force became aware: starts the 72-hour clock.")
    Instant aware;

    @Option(
        names = "--discovered",
        converter = TimeConverter.class,
        description = "When it was discovered (default: --aware).")
    @Nullable Instant discovered;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        DeclaredIncident declared =
            context
                .getBean(BreachService.class)
                .declare(
                    new IncidentRequest(
                        id,
                        title,
                        type,
                        parties,
                        systems,
                        categories,
                        from,
                        to,
                        discovered,
                        aware,
                        null,
                        null,
                        null,
                        null,
                        null),
                    "cli");
        Incident incident = declared.incident();
        spec.commandLine()
            .getOut()
            .printf(
                "Declared %s (%s). ICO deadline %s. See: warden impact --incident %s%n",
                incident.id(),
                String.join(", ", incident.parties()),
                incident.awareAt().plus(Deadline.ICO_DEADLINE),
                incident.id());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List incidents.")
  static class ListIncidents implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        out.println("id\taware\tparties\ttitle");
        for (DeclaredIncident declared : context.getBean(BreachService.class).incidents()) {
          Incident i = declared.incident();
          out.println(
              i.id()
                  + "\t"
                  + i.awareAt()
                  + "\t"
                  + String.join(",", i.parties())
                  + "\t"
                  + i.title());
        }
      }
      return ExitCodes.OK;
    }
  }
}
