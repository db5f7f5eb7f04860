package uk.warden.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.demo.DemoService;
import uk.warden.app.demo.NationalLedgerLoader;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * {@code warden generate}: a deterministic synthetic force into an empty store. The hidden {@code
 * --national} loads the benchmarks' national ledger instead (1,000,000 people, 50,000 transfers,
 * 20,000,000 memberships unless told otherwise), for measuring the server and the cold CLI at the
 * issue's scale; it is a load fixture, not something a force would run.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a deterministic synthetic force into an empty store.")
class GenerateCommand implements Callable<Integer> {

  private static final int FORCE_PEOPLE = 45_000;
  private static final int NATIONAL_PEOPLE = 1_000_000;
  private static final int NATIONAL_TRANSFERS = 50_000;
  private static final long NATIONAL_MEMBERSHIPS = 20_000_000L;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(names = "--people", paramLabel = "N", description = "How many people (default: 45000).")
  @Nullable Integer people;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 2023).")
  long seed = 2023;

  @Option(
      names = "--national",
      hidden = true,
      description =
          "Load the benchmarks' national custody ledger (default 1,000,000 people, 50,000"
              + " transfers, 20,000,000 memberships) instead of a force.")
  boolean national;

  @Option(
      names = "--transfers",
      hidden = true,
      paramLabel = "T",
      description = "With --national: how many transfers (default: 50000).")
  @Nullable Integer transfers;

  @Option(
      names = "--memberships",
      hidden = true,
      paramLabel = "M",
      description = "With --national: how many person-transfer memberships (default: 20000000).")
  @Nullable Long memberships;

  @Override
  public Integer call() {
    int count = people != null ? people : national ? NATIONAL_PEOPLE : FORCE_PEOPLE;
    if (count < 1 || count > 5_000_000) {
      throw new BadInputException(
          InputProblem.field("command line", "--people", "must be 1 to 5,000,000"));
    }
    if (!national && (transfers != null || memberships != null)) {
      throw new BadInputException(
          InputProblem.field(
              "command line", "--transfers", "--transfers and --memberships need --national"));
    }
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    try (var context = Spring.start(store.location())) {
      DemoService demo = context.getBean(DemoService.class);
      if (!demo.isEmpty()) {
        throw new BadInputException(
            InputProblem.file(
                store.location().describe(),
                "the store already holds a register; generate into a new --data folder"));
      }
      String loaded;
      if (national) {
        loaded = loadNational(context.getBean(NationalLedgerLoader.class), count, out);
      } else {
        loaded = demo.load(count, seed).describe();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.printf("Generated %s in %.1f s%n", loaded, millis / 1000.0);
    }
    return ExitCodes.OK;
  }

  private String loadNational(NationalLedgerLoader loader, int count, PrintWriter out) {
    int t = transfers != null ? transfers : NATIONAL_TRANSFERS;
    long m = memberships != null ? memberships : NATIONAL_MEMBERSHIPS;
    if (t < 1 || m < 1) {
      throw new BadInputException(
          InputProblem.field(
              "command line", "--transfers", "transfers and memberships must be positive"));
    }
    return loader
        .load(
            seed,
            count,
            t,
            m,
            line -> {
              out.println("  " + line);
              out.flush();
            })
        .describe();
  }
}
