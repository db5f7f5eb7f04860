package uk.warden.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.warden.app.account.Account;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.NameGrants;
import uk.warden.app.account.Role;
import uk.warden.app.account.SignInLockout;

/**
 * {@code warden user create|list|reset-password|unlock|grant-names|revoke-names}: local accounts,
 * for small deployments. Whoever runs these on the server holds the store already, so they need no
 * Warden role.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Local user accounts.",
    subcommands = {
      UserCommand.Create.class,
      UserCommand.ListUsers.class,
      UserCommand.ResetPassword.class,
      UserCommand.Unlock.class,
      UserCommand.GrantNames.class,
      UserCommand.RevokeNames.class
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

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List users: role, whether enabled, and the names grant.")
  static class ListUsers implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        var out = spec.commandLine().getOut();
        out.printf("%-32s %-8s %-9s %s%n", "NAME", "ROLE", "ENABLED", "GRANTS");
        for (Account a : context.getBean(AccountService.class).users()) {
          out.printf(
              "%-32s %-8s %-9s %s%n",
              a.username(), a.role(), a.enabled() ? "yes" : "no", a.seesNames() ? "names" : "-");
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "grant-names",
      mixinStandardHelpOptions = true,
      description = "Let an analyst see people's names (their role shows counts and pay numbers).")
  static class GrantNames implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        context.getBean(NameGrants.class).grant(name);
        spec.commandLine().getOut().println(name + " may now see people's names.");
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "revoke-names",
      mixinStandardHelpOptions = true,
      description = "Take away an analyst's names grant.")
  static class RevokeNames implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        context.getBean(NameGrants.class).revoke(name);
        spec.commandLine().getOut().println(name + " no longer sees people's names.");
      }
      return ExitCodes.OK;
    }
  }
}
