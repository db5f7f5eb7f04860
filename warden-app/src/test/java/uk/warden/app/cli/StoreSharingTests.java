package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A CLI command on an embedded store that a running server holds works through the server (H2's
 * mixed mode) instead of failing or corrupting the file. The server runs in a separate JVM, as it
 * does for a user who leaves {@code ./warden serve} running and opens another terminal.
 */
class StoreSharingTests {

  @TempDir Path dir;

  @Test
  void cliCommandsWorkWhileAServerHoldsTheStore() throws Exception {
    String data = dir.resolve("store").toString();
    assertThat(warden("generate", "--people", "40", "--data", data)).isZero();

    Process server = startServer(data);
    try {
      StringWriter listed = new StringWriter();
      assertThat(warden(listed, "list", "parties", "--data", data)).isZero();
      assertThat(listed.toString().lines()).hasSize(25);

      Path csv = dir.resolve("more.csv");
      Files.writeString(csv, "pay_number,surname,rank\nSHARED-1,Example,PC\n");
      assertThat(warden("import", "people", csv.toString(), "--data", data)).isZero();
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
    // After the server is gone the store opens directly and holds what was written through it.
    StringWriter people = new StringWriter();
    assertThat(warden(people, "list", "people", "--data", data)).isZero();
    assertThat(people.toString().lines()).hasSize(41).anyMatch(l -> l.startsWith("SHARED-1\t"));
  }

  private static Process startServer(String data) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "uk.warden.app.WardenMain",
                    "serve",
                    "--data",
                    data,
                    "--port",
                    String.valueOf(port)))
            .redirectErrorStream(true)
            .start();
    // A dedicated thread reads the server's output: the common fork-join pool has a single
    // worker on a 2-core machine and may be busy with another test's work.
    CountDownLatch running = new CountDownLatch(1);
    StringBuffer output = new StringBuffer();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  output.append(line).append('\n');
                  if (line.startsWith("Warden is running")) {
                    running.countDown();
                  }
                }
              } catch (IOException closed) {
                // the server has stopped
              }
            },
            "warden-server-output");
    reader.setDaemon(true);
    reader.start();
    if (!running.await(180, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      throw new AssertionError("the server did not start; its output:\n" + output);
    }
    return server;
  }

  private static int warden(String... args) {
    return warden(new StringWriter(), args);
  }

  private static int warden(StringWriter out, String... args) {
    CommandLine cli = WardenCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }
}
