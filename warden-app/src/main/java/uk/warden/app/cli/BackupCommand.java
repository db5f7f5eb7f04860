package uk.warden.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.backup.BackupReport;
import uk.warden.app.backup.StoreBackup;
import uk.warden.app.crypto.KeyFile;
import uk.warden.app.platform.ByteSizes;

/** {@code warden backup --out FILE [--force]}. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Back up the embedded store to one file, consistently, even while ./warden serve runs."
            + " The file holds the store and its password, and appears whole or not at all."
            + " PostgreSQL: use pg_dump (README, \"Backups\").")
class BackupCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The backup file to write (a zip).")
  Path out;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    String server = store.serverSetting();
    if (server != null) {
      spec.commandLine()
          .getErr()
          .println(
              "warden: "
                  + server
                  + " names a database server; backup copies the embedded store only. Back up"
                  + " PostgreSQL with pg_dump -Fc (see \"Backups\" in the README). Nothing was"
                  + " written.");
      return ExitCodes.BAD_INPUT;
    }
    CommandLogging.standalone();
    BackupReport report = StoreBackup.write(store.dataFolder(), out, force);
    PrintWriter text = spec.commandLine().getOut();
    text.printf("Backup written: %s%n", report.file());
    text.printf(
        Locale.ROOT,
        "  size            %s (%,d bytes)%n",
        new ByteSizes().describe(report.bytes()),
        report.bytes());
    text.printf("  SHA-256         %s%n", report.sha256());
    text.printf("  schema version  %s%n", report.schemaVersion());
    text.println(
        "It holds the store and its password (store.secret): keep it as safe as the store.");
    text.printf(
        "It does not hold the key that opens the names in it (by default %s): back that up"
            + " apart.%n",
        KeyFile.besideFolder(store.dataFolder()));
    if (!report.leftOut().isEmpty()) {
      text.println("Not in the backup:");
      for (Map.Entry<String, String> entry : report.leftOut().entrySet()) {
        text.printf("  %-16s %s%n", entry.getKey(), entry.getValue());
      }
    }
    return ExitCodes.OK;
  }
}
