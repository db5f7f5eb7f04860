package uk.warden.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.warden.app.crypto.KeyRotation;
import uk.warden.app.crypto.Keyring;

/** {@code warden keys rotate}: the keys that seal names and identifiers at rest. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "The keys that seal names and identifiers at rest (kept outside the database).",
    subcommands = {KeysCommand.Rotate.class})
class KeysCommand {

  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description =
          "Seal everything under a new key, a batch at a time, then destroy the old key. Safe"
              + " while ./warden serve runs: it follows the key file within a second.")
  static class Rotate implements Callable<Integer> {

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (var context = Spring.start(store.location())) {
        KeyRotation.Report report = context.getBean(KeyRotation.class).rotate();
        out.printf(
            "New sealing key %s in %s%n",
            Integer.toUnsignedString(report.newKeyId()),
            context.getBean(Keyring.class).source().describe());
        for (Map.Entry<String, Integer> table : report.resealed().entrySet()) {
          out.printf("  re-sealed %,d %s%n", table.getValue(), table.getKey());
        }
        out.printf(
            "Old keys destroyed: %s%n",
            report.retiredKeyIds().stream().map(Integer::toUnsignedString).toList());
        out.println(
            "Back up the new key file now, apart from the database. Database backups made before"
                + " this rotation need the old key file: keep that with them.");
      }
      return ExitCodes.OK;
    }
  }
}
