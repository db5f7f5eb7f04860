package uk.warden.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.Role;
import uk.warden.app.account.SignInLockout;

/** {@code warden user create|reset-password|unlock}: local accounts, for small deployments. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Local user accounts.",
    subcommands = {
      UserCommand.Create.class,
      UserCommand.ResetPassword.class,
      UserCommand.Unlock.class
    })
class UserCommand {

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a user; prints a generated password once.")
  static class Create implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Role role;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        AccountService accounts = context.getBean(AccountService.class);
        accounts.createUser(name, role, java.util.UUID.randomUUID().toString());
        String password = accounts.resetPassword(name);
        spec.commandLine()
            .getOut()
            .println("Created " + name + " (" + role + "). One-time password: " + password);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = "Set a new generated password and print it once.")
  static class ResetPassword implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        String password = context.getBean(AccountService.class).resetPassword(name);
        spec.commandLine().getOut().println("New password for " + name + ": " + password);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Lift a lock-out after failed sign-ins, before it runs out.")
  static class Unlock implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        context.getBean(SignInLockout.class).unlock(name);
        spec.commandLine().getOut().println("Unlocked " + name + ".");
      }
      return ExitCodes.OK;
    }
  }
}
