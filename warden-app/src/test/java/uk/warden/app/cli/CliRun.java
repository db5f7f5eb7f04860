package uk.warden.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One {@code warden} command run in-process, as the launcher would run it: its exit code, what it
 * wrote to its output and error, and anything that leaked to the JVM's own streams (which must be
 * nothing: framework logs would spoil {@code --json}).
 */
record CliRun(int exit, String out, String err, String stray) {

  static CliRun warden(String... args) {
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    // Before picocli is built: it keeps writing to the streams it found then.
    System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = WardenCommand.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new CliRun(
          exit, out.toString(), err.toString(), stray.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }
  }
}
