package uk.warden.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.warden.app.backup.RestoreReport;
import uk.warden.app.backup.StoreRestore;

/** {@code warden restore --from FILE [--force]}. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Replace the embedded store with a backup made by ./warden backup. The file is checked"
            + " first (it must open as a Warden store whose schema this Warden knows); the store it"
            + " replaces is kept beside it, renamed. Refused while a Warden uses the store."
            + " PostgreSQL: use pg_restore (README, \"Backups\").")
class RestoreCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
  Path from;

  @Option(names = "--force", description = "Replace the store the data folder holds.")
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
                  + " names a database server; restore replaces the embedded store only. Restore"
                  + " PostgreSQL with pg_restore --clean --if-exists (see \"Backups\" in the"
                  + " README). Nothing was changed.");
      return ExitCodes.BAD_INPUT;
    }
    CommandLogging.standalone();
    RestoreReport report = StoreRestore.restore(from, store.dataFolder(), force);
    PrintWriter text = spec.commandLine().getOut();
    text.printf(
        "Restored %s into %s: the store as it was at %s, schema version %s.%n",
        from, report.folder(), report.takenAt(), report.schemaVersion());
    if (report.needsMigration()) {
      text.printf("The next start of Warden migrates it to version %s.%n", report.latestVersion());
    }
    if (report.previous() != null) {
      text.printf(
          "The store it replaced is kept in %s: delete it once the restored store is checked,"
              + " or rename it back to undo the restore.%n",
          report.previous());
    }
    return ExitCodes.OK;
  }
}
