package uk.warden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.warden.app.cli.CliRun.warden;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code warden watch} end to end against a generated force, whose two years of counts end today:
 * collecting a folder that now holds a handful of files is a loss, reported, recorded and alerted
 * to a real webhook receiver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Path dir;
  private HttpServer receiver;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  void generate(@TempDir Path folder) throws IOException {
    dir = folder;
    CliRun generated = warden("generate", "--people", "600", "--seed", "5", "--data", data());
    assertThat(generated.exit()).as(generated.err()).isZero();
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  void stop() {
    receiver.stop(0);
  }

  @Test
  void statusListsEverySystemAndTheDemosOpenLosses() {
    CliRun status = warden("watch", "status", "--json", "--data", data());

    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.stray()).isEmpty();
    JsonNode tree = JSON.readTree(status.out());
    assertThat(tree.get("systems").size()).isGreaterThan(20);
    assertThat(tree.get("openLosses").findValuesAsString("system"))
        .contains("bwv-evidence", "hr-erp-backup");
  }

  @Test
  void collectingAFolderThatLostNearlyEverythingReportsRecordsAndAlertsTheLoss()
      throws IOException {
    Path root = Files.createDirectories(dir.resolve("foi"));
    for (String name : List.of("2026/a.xlsx", "2026/b.pdf", "2025/c.csv", "index.txt")) {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "content of " + name);
    }
    Path config = dir.resolve("watch.yaml");
    Files.writeString(
        config,
        "systems:\n"
            + "  - code: foi-disclosure-log\n"
            + "    type: filesystem\n"
            + "    root: "
            + root
            + "\n"
            + "    manifest: sha256\n"
            + "  - code: not-in-the-register\n"
            + "    type: filesystem\n"
            + "    root: "
            + root
            + "\n"
            + "alerts:\n"
            + "  retry: {attempts: 2, firstDelay: 10ms, maxDelay: 10ms}\n"
            + "  channels:\n"
            + "    - type: webhook\n"
            + "      url: http://127.0.0.1:"
            + receiver.getAddress().getPort()
            + "/hook\n");

    CliRun collect =
        warden(
            "watch",
            "collect",
            "--config",
            config.toString(),
            "--manifests",
            dir.resolve("manifests").toString(),
            "--data",
            data());

    assertThat(collect.exit())
        .as(collect.out() + collect.err())
        .isEqualTo(ExitCodes.BLOCKING_FINDINGS);
    assertThat(collect.out())
        .contains("foi-disclosure-log")
        .contains("4 objects")
        .contains("not-in-the-register")
        .contains("FAILED not a system of the register")
        .contains("NEW LOSS foi-disclosure-log lost")
        .contains("alerts to 1 channels");
    try (var manifests = Files.list(dir.resolve("manifests"))) {
      assertThat(manifests.toList()).singleElement().asString().contains("foi-disclosure-log-");
    }
    assertThat(received)
        .singleElement()
        .satisfies(
            body -> {
              JsonNode alert = JSON.readTree(body);
              assertThat(alert.get("system").asString()).isEqualTo("foi-disclosure-log");
              assertThat(alert.get("kind").asString()).isEqualTo("unexplained-loss");
              assertThat(alert.get("link").asString())
                  .endsWith("/watch/systems/foi-disclosure-log");
            });
    CliRun status = warden("watch", "status", "--data", data());
    assertThat(status.out()).containsPattern("foi-disclosure-log +\\S+ +4 ");
  }

  @Test
  void aBadExplanationNamesTheFieldAndExitsTwo() {
    CliRun explain =
        warden(
            "watch",
            "explain",
            "--system",
            "payroll",
            "--reason",
            "because",
            "--from",
            "2026-01-01",
            "--objects",
            "5",
            "--reference",
            "x",
            "--data",
            data());

    assertThat(explain.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(explain.err()).contains("reason").contains("RETENTION, DELETION or MIGRATION");
  }

  @Test
  void aBadConfigurationIsRefusedBeforeAnythingIsCounted() throws IOException {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "systems:\n  - code: payroll\n    type: ftp\n");

    CliRun collect = warden("watch", "collect", "--config", config.toString(), "--data", data());

    assertThat(collect.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(collect.err()).contains("bad.yaml").contains("type");
  }

  private String data() {
    return dir.resolve("store").toString();
  }
}
