package uk.warden.app.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.register.importing.RegisterApplier;
import uk.warden.core.register.ascode.RegisterPlan;
import uk.warden.core.register.ascode.RegisterYaml;

/**
 * {@code warden register plan|apply|export}: the register of parties, systems and agreements as
 * code.
 */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    description = "The register of units, parties, systems and agreements as a YAML file.",
    subcommands = {
      RegisterCommand.Plan.class,
      RegisterCommand.Apply.class,
      RegisterCommand.Export.class
    })
class RegisterCommand {

  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = "Show what applying FILE would add, change or remove.")
  static class Plan implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws java.io.IOException {
      // The file first: a wrong name must not cost a start or create an empty store.
      try (InputStream in = Files.open(file);
          var context = Spring.start(store.location())) {
        RegisterApplier applier = context.getBean(RegisterApplier.class);
        RegisterPlan plan = applier.plan(applier.read(file.getFileName().toString(), in));
        spec.commandLine().getOut().println(plan.describe(file.getFileName().toString()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      description = "Make the register match FILE, in one transaction.")
  static class Apply implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws java.io.IOException {
      // The file first: a wrong name must not cost a start or create an empty store.
      try (InputStream in = Files.open(file);
          var context = Spring.start(store.location())) {
        RegisterPlan plan =
            context.getBean(RegisterApplier.class).apply(file.getFileName().toString(), in, "cli");
        var out = spec.commandLine().getOut();
        out.println(plan.describe(file.getFileName().toString()));
        if (!plan.isEmpty()) {
          out.println("Applied.");
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print the register as YAML, ready to edit and apply.")
  static class Export implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        spec.commandLine()
            .getOut()
            .print(RegisterYaml.write(context.getBean(RegisterApplier.class).current()));
      }
      return ExitCodes.OK;
    }
  }
}
