package uk.warden.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.findings.FindingFilter;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.findings.ListedFinding;
import uk.warden.core.findings.Severity;

/** {@code warden findings}: what needs someone's attention, most severe first. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate the findings rules over the store (access, suppliers, agreements, custody) and"
            + " list the findings with the integrity watch's open losses. Exit 1 with --fail-on when"
            + " an open finding is at least that severe.")
class FindingsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "The findings, their evidence and state as JSON.")
  boolean json;

  @Option(
      names = "--severity",
      paramLabel = "LEVEL",
      description = "Only LOW, MEDIUM, HIGH or CRITICAL.")
  @Nullable Severity severity;

  @Option(names = "--rule", paramLabel = "CODE", description = "Only this rule's findings.")
  @Nullable String rule;

  @Option(names = "--party", paramLabel = "CODE", description = "Only findings about this party.")
  @Nullable String party;

  @Option(names = "--system", paramLabel = "CODE", description = "Only findings about this system.")
  @Nullable String system;

  @Option(names = "--all", description = "Resolved findings too (open ones only by default).")
  boolean all;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 if an open finding listed is at least this severe.")
  @Nullable Severity failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (var context = Spring.start(store.location())) {
      FindingsService findings = context.getBean(FindingsService.class);
      List<ListedFinding> listed =
          findings.list(
              new FindingFilter(
                  severity, rule, party, system, all ? null : FindingStatus.OPEN, null));
      if (json) {
        out.println(
            context
                .getBean(JsonMapper.class)
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(Map.of("findings", listed)));
      } else {
        for (ListedFinding l : listed) {
          out.printf(
              "%-8s %-28s %s%s%n",
              l.finding().severity(),
              l.finding().ruleCode(),
              l.finding().summary(),
              l.status() == FindingStatus.RESOLVED ? " [resolved]" : "");
        }
        out.printf("%,d findings.%n", listed.size());
      }
      boolean failing =
          failOn != null
              && listed.stream()
                  .anyMatch(
                      l ->
                          l.status() == FindingStatus.OPEN
                              && l.finding().severity().compareTo(failOn) >= 0);
      return failing ? ExitCodes.BLOCKING_FINDINGS : ExitCodes.OK;
    }
  }
}
