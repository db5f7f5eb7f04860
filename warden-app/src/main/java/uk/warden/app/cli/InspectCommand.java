package uk.warden.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.app.disclosure.Expectations;
import uk.warden.app.disclosure.WorkforceHashes;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.inspect.Inspector;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.Policy;
import uk.warden.inspect.policy.PolicyReader;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.InspectionSummary;
import uk.warden.inspect.report.ReportText;
import uk.warden.inspect.report.Verdict;

/**
 * {@code warden inspect FILE|DIR...}: the disclosure guard on files about to leave. Runs without
 * the store (and so starts in a moment) unless {@code --workforce} asks to match the register.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Inspect outgoing files (FOI answers, extracts) for hidden content and personal data."
            + " Exit 0 PASS, 1 BLOCK or REVIEW, 2 unreadable input or usage error.")
class InspectCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Files or folders (recursive).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--expect",
      paramLabel = "aggregate|records",
      description =
          "What the files should hold: aggregate (counts only; a table of people blocks) or"
              + " records (people on purpose).")
  @Nullable String expect;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The force's disclosure policy (default: the built-in one).")
  @Nullable Path policy;

  @Option(
      names = "--workforce",
      description = "Also match names and numbers against the register in the store.")
  boolean workforce;

  @Override
  public Integer call() throws Exception {
    Expectation expectation = Expectations.parse(expect);
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new BadInputException(InputProblem.file(path.toString(), "does not exist"));
      }
    }
    Policy chosen = policy == null ? Policy.standard() : PolicyReader.read(policy);
    Inspector.Builder builder = Inspector.builder().policy(chosen);
    if (!workforce) {
      return run(builder.build(), expectation);
    }
    try (var context = Spring.start(store.location())) {
      return run(
          builder.workforce(context.getBean(WorkforceHashes.class).index()).build(), expectation);
    }
  }

  private int run(Inspector inspector, Expectation expectation) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    JsonMapper mapper = JsonMapper.builder().build();
    if (paths.size() == 1 && Files.isRegularFile(paths.get(0))) {
      FileReport report;
      try {
        report = inspector.inspect(paths.get(0), expectation);
      } catch (UnreadableException e) {
        throw new BadInputException(InputProblem.file(paths.get(0).toString(), e.getMessage()));
      }
      if (json) {
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
      } else {
        ReportText.print(report, out);
      }
      return exitCode(report.verdict());
    }
    InspectionSummary summary = inspector.inspectAll(paths, expectation);
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    } else {
      ReportText.print(summary, out);
    }
    return summary.unreadable().isEmpty() ? exitCode(summary.verdict()) : ExitCodes.BAD_INPUT;
  }

  private static int exitCode(Verdict verdict) {
    return verdict == Verdict.PASS ? ExitCodes.OK : ExitCodes.BLOCKING_FINDINGS;
  }
}
