package uk.warden.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.demo.DemoService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** {@code warden generate}: a deterministic synthetic force into an empty store. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a deterministic synthetic force into an empty store.")
class GenerateCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(names = "--people", paramLabel = "N", description = "How many people (default: 45000).")
  int people = 45_000;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 2023).")
  long seed = 2023;

  @Override
  public Integer call() {
    if (people < 1 || people > 5_000_000) {
      throw new BadInputException(
          InputProblem.field("command line", "--people", "must be 1 to 5,000,000"));
    }
    long started = System.nanoTime();
    try (var context = Spring.start(store.location())) {
      DemoService demo = context.getBean(DemoService.class);
      if (!demo.isEmpty()) {
        throw new BadInputException(
            InputProblem.file(
                store.location().describe(),
                "the store already holds a register; generate into a new --data folder"));
      }
      var loaded = demo.load(people, seed);
      long millis = (System.nanoTime() - started) / 1_000_000;
      spec.commandLine()
          .getOut()
          .printf("Generated %s in %.1f s%n", loaded.describe(), millis / 1000.0);
    }
    return ExitCodes.OK;
  }
}
