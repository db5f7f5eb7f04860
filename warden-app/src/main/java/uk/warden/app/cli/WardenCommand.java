package uk.warden.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** The top {@code warden} command. */
@Command(
    name = "warden",
    mixinStandardHelpOptions = true,
    version = "Warden " + WardenCommand.VERSION,
    description = "Where your force's personal data is, who holds it, and why.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      GenerateCommand.class,
      ListCommand.class,
      ImportCommand.class,
      RegisterCommand.class,
      TransferCommand.class,
      ExportCommand.class,
      TraceCommand.class,
      DeletionCommand.class,
      IncidentCommand.class,
      ImpactCommand.class,
      InspectCommand.class,
      SanitiseCommand.class,
      WatchCommand.class,
      AccessCommand.class,
      FindingsCommand.class,
      AuditCommand.class,
      TokenCommand.class,
      UserCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      KeysCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:findings that block",
      "2:bad input or usage (the message names the file, row or field)",
      "3:Warden failed; see the message"
    })
public class WardenCommand implements Runnable {

  static final String VERSION = "0.1.0";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new WardenCommand());
    cli.setExecutionExceptionHandler(WardenCommand::handle);
    return cli;
  }

  /**
   * Turns failures into one clear message and an exit code; a user never sees a stack trace. Bad
   * input lists each problem on its own line.
   */
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    BadInputException bad = find(e, BadInputException.class);
    if (bad != null) {
      err.println("warden: input refused, nothing was changed:");
      for (InputProblem problem : bad.problems()) {
        err.println("  " + problem.describe());
      }
      return ExitCodes.BAD_INPUT;
    }
    NotFoundException missing = find(e, NotFoundException.class);
    if (missing != null) {
      err.println("warden: " + missing.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    RefusedException refused = find(e, RefusedException.class);
    if (refused != null) {
      err.println("warden: refused, nothing was changed: " + refused.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    err.println("warden: " + rootMessage(e));
    if (System.getenv("WARDEN_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set WARDEN_DEBUG=1 for details)");
    }
    return ExitCodes.FAILED;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
