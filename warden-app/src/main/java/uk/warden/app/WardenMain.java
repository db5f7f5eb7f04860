package uk.warden.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import uk.warden.app.cli.WardenCommand;

/** Entry point of the executable jar: the {@code warden} command line. */
public final class WardenMain {

  private WardenMain() {}

  private static final String H2_OBJECT_CACHE = "h2.objectCache";

  /** The launcher's class data sharing training start: {@code -Dwarden.cds.training=DIR}. */
  static final String TRAINING = "warden.cds.training";

  private static final String LAZY = "spring.main.lazy-initialization";

  public static void main(String[] args) {
    // H2 shares equal values it reads through a cache, hashing every value to look it up; building
    // the breach indexes reads millions of them once each, and the hashing cost a fifth of the
    // scan. It must be set before H2's classes load; -Dh2.objectCache=true brings it back.
    if (System.getProperty(H2_OBJECT_CACHE) == null) {
      System.setProperty(H2_OBJECT_CACHE, "false");
    }
    String training = System.getProperty(TRAINING);
    System.exit(training == null ? WardenCommand.commandLine().execute(args) : train(training));
  }

  /**
   * Runs what the launcher's class data sharing archive should hold the classes of, in one JVM,
   * quietly, into a new store in {@code data}: the whole application context created (a small
   * national ledger generated with every bean made, as any command's start may need them), then
   * {@code impact} as a one-shot command runs it, without the context, twice (once building the
   * people's index file, once reading it). The first status that is not 0, or 0.
   */
  static int train(String data) {
    List<List<String>> commands =
        List.of(
            List.of(
                "generate",
                "--national",
                "--people",
                "5000",
                "--transfers",
                "300",
                "--memberships",
                "60000",
                "--data",
                data),
            List.of("impact", "--party", "national-0", "--json", "--data", data),
            List.of("impact", "--party", "national-0", "--json", "--data", data));
    String lazy = System.getProperty(LAZY);
    for (List<String> command : commands) {
      // Every bean while the context runs; then none of Spring's settings, or impact would use it.
      if (command.get(0).equals("generate")) {
        System.setProperty(LAZY, "false");
      } else if (lazy == null) {
        System.clearProperty(LAZY);
      } else {
        System.setProperty(LAZY, lazy);
      }
      CommandLine cli = WardenCommand.commandLine();
      PrintWriter none =
          new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      cli.setOut(none);
      cli.setErr(none);
      int status = cli.execute(command.toArray(String[]::new));
      if (status != 0) {
        return status;
      }
    }
    return 0;
  }
}
