package uk.warden.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import uk.warden.app.testing.MutableClock;
import uk.warden.app.testing.StoreTest;
import uk.warden.app.testing.TestDatabase;
import uk.warden.app.watch.store.WatchStore;
import uk.warden.core.watch.LossFinding;
import uk.warden.core.watch.LossSeverity;
import uk.warden.core.watch.LossShape;
import uk.warden.watch.alert.Delivery;

/**
 * The server's alerts: sent through the configured channels to a real webhook receiver, retried
 * when it fails, and every delivery kept, on H2 and on PostgreSQL.
 */
class WatchAlertsTests {

  private static final Instant AT = Instant.parse("2026-11-28T09:14:00Z");

  @StoreTest
  void aNewLossIsSentRetriedAndItsDeliveryKept(TestDatabase db) throws IOException {
    List<String> bodies = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          // The first attempt fails as a busy receiver would; the retry gets through.
          exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
          exchange.close();
        });
    receiver.start();
    Path config = Files.createTempFile("watch", ".yaml");
    try {
      Files.writeString(
          config,
          "systems: []\nalerts:\n  retry: {attempts: 3, firstDelay: 10ms, maxDelay: 10ms}\n"
              + "  channels:\n    - type: webhook\n      url: http://127.0.0.1:"
              + receiver.getAddress().getPort()
              + "/hook\n");
      WatchStore store = new WatchStore(db.jdbc(), db.template());
      WatchAlerts alerts =
          new WatchAlerts(
              new WatchSettings(config.toString()),
              "https://warden.force.internal/",
              store,
              new MutableClock(AT));
      long id =
          store.insertFinding(
              "bwv-evidence",
              new LossFinding(
                  LocalDate.of(2026, 11, 20),
                  LocalDate.of(2026, 11, 21),
                  96_174,
                  0.044,
                  LossShape.SUDDEN,
                  LossSeverity.HIGH),
              null,
              AT);

      alerts.announce(List.of(store.finding(id).orElseThrow()));
      alerts.drain();

      assertThat(bodies).hasSize(2);
      assertThat(bodies.get(1))
          .contains("\"id\":\"warden-watch-finding-" + id + "\"")
          .contains("96,174")
          .contains("https://warden.force.internal/watch/systems/bwv-evidence");
      List<Delivery> kept = store.deliveries(id);
      assertThat(kept)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.delivered()).isTrue();
                assertThat(d.attempts()).isEqualTo(2);
                assertThat(d.channel()).contains("webhook");
              });
    } finally {
      receiver.stop(0);
      Files.deleteIfExists(config);
    }
  }

  @StoreTest
  void withoutAConfigurationNothingIsSentAndNothingRecorded(TestDatabase db) {
    WatchStore store = new WatchStore(db.jdbc(), db.template());
    WatchAlerts alerts =
        new WatchAlerts(
            new WatchSettings(""), "http://localhost:8080", store, new MutableClock(AT));
    long id =
        store.insertFinding(
            "payroll",
            new LossFinding(
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20),
                500,
                0.02,
                LossShape.SUDDEN,
                LossSeverity.MEDIUM),
            null,
            AT);

    alerts.announce(List.of(store.finding(id).orElseThrow()));
    alerts.drain();

    assertThat(store.deliveries(id)).isEmpty();
  }
}
