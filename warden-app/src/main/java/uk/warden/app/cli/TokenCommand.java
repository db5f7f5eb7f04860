package uk.warden.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.account.AccountService;

/** {@code warden token create --user NAME}: a personal API token, printed once. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Personal API tokens.",
    subcommands = TokenCommand.Create.class)
class TokenCommand {

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a token and print it once.")
  static class Create implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose token.")
    String user;

    @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for.")
    String label = "cli";

    @Option(
        names = "--days",
        paramLabel = "N",
        description = "Expire after N days (default: never).")
    Integer days;

    @Override
    public Integer call() {
      try (var context = Spring.start(store.location())) {
        var token =
            context
                .getBean(AccountService.class)
                .createToken(user, label, days == null ? null : Duration.ofDays(days));
        var out = spec.commandLine().getOut();
        out.println(token.secret());
        spec.commandLine()
            .getErr()
            .println(
                "Token "
                    + token.token().id()
                    + " for "
                    + user
                    + ": shown once, stored only as a hash.");
      }
      return ExitCodes.OK;
    }
  }
}
