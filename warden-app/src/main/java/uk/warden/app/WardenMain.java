package uk.warden.app;

import uk.warden.app.cli.WardenCommand;

/** Entry point of the executable jar: the {@code warden} command line. */
public final class WardenMain {

  private WardenMain() {}

  public static void main(String[] args) {
    System.exit(WardenCommand.commandLine().execute(args));
  }
}
