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
import java.util.concurrent.CompletableFuture;
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
    CompletableFuture<Boolean> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean running = false;
                while ((line = out.readLine()) != null) {
                  running |= line.startsWith("Warden is running");
                  if (running) {
                    // Keep draining so the server never blocks on a full pipe.
                    CompletableFuture.runAsync(() -> drain(out));
                    return true;
                  }
                }
                return false;
              } catch (IOException e) {
                return false;
              }
            });
    assertThat(ready.get(120, TimeUnit.SECONDS)).as("server started").isTrue();
    return server;
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // discard
      }
    } catch (IOException closed) {
      // the server has stopped
    }
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
