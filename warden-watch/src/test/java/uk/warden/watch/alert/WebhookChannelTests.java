package uk.warden.watch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.watch.Secret;

/** The webhook against a real HTTP server in the test, answering as each test says. */
class WebhookChannelTests {

  private record Received(String method, String contentType, String signature, byte[] body) {}

  private final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;
  private URI url;

  @BeforeEach
  void startReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hooks/warden",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  exchange.getRequestHeaders().getFirst("X-Warden-Signature"),
                  body));
          Integer status = answers.poll();
          exchange.sendResponseHeaders(status == null ? 204 : status, -1);
          exchange.close();
        });
    server.start();
    url =
        URI.create(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/warden?token=t0k3n");
  }

  @AfterEach
  void stopReceiver() {
    server.stop(0);
  }

  @Test
  void postsTheAlertAsJsonSignedWithTheSharedSecret() throws Exception {
    WebhookChannel channel =
        new WebhookChannel(url, Secret.of("shared-secret"), Duration.ofSeconds(5));

    channel.send(Alerts.loss());

    assertThat(received).hasSize(1);
    Received request = received.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.contentType()).isEqualTo("application/json");
    JsonNode json = JsonMapper.builder().build().readTree(request.body());
    Alert alert = Alerts.loss();
    assertThat(json.get("id").asString()).isEqualTo(alert.id());
    assertThat(json.get("kind").asString()).isEqualTo("unexplained-loss");
    assertThat(json.get("system").asString()).isEqualTo("bwv-archive");
    assertThat(json.get("severity").asString()).isEqualTo("HIGH");
    assertThat(json.get("title").asString()).isEqualTo(alert.title());
    assertThat(json.get("summary").asString()).isEqualTo(alert.summary());
    assertThat(json.get("raisedAt").asString()).isEqualTo("2023-07-14T06:00:00.123456789Z");
    assertThat(json.get("link").asString()).isEqualTo(alert.link());
    assertThat(json.propertyNames()).hasSize(8);
    assertThat(request.signature()).isEqualTo("sha256=" + hmac("shared-secret", request.body()));
    assertThat(channel.name())
        .isEqualTo("webhook http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/warden");
  }

  @Test
  void withoutASecretNothingIsSigned() throws Exception {
    new WebhookChannel(url, null, Duration.ofSeconds(5)).send(Alerts.loss());

    assertThat(received.get(0).signature()).isNull();
  }

  @Test
  void aServerErrorIsRetriedUntilTheReceiverTakesIt() {
    answers.add(500);
    answers.add(503);
    answers.add(200);
    List<Duration> waits = new ArrayList<>();
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            List.of(new WebhookChannel(url, Secret.of("s"), Duration.ofSeconds(5))),
            new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1)),
            waits::add,
            Clock.fixed(Instant.parse("2023-07-14T06:00:05Z"), ZoneOffset.UTC));

    List<Delivery> deliveries = dispatcher.dispatch(Alerts.loss());

    assertThat(deliveries)
        .containsExactly(
            new Delivery(
                Alerts.loss().id(),
                dispatcher.channels().get(0).name(),
                3,
                true,
                Instant.parse("2023-07-14T06:00:05Z"),
                null));
    assertThat(received).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  void aBadRequestIsAPermanentFailureAndIsNotRetried() {
    answers.add(400);
    answers.add(200);
    List<Duration> waits = new ArrayList<>();
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            List.of(new WebhookChannel(url, null, Duration.ofSeconds(5))),
            new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1)),
            waits::add,
            Clock.systemUTC());

    Delivery delivery = dispatcher.dispatch(Alerts.loss()).get(0);

    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastError())
        .isEqualTo("the receiver refused the alert: HTTP 400 (not retried)");
    assertThat(received).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void tooManyRequestsAndTimeoutAnswersAreRetried() {
    for (int status : new int[] {429, 408}) {
      answers.add(status);
      assertThatThrownBy(
              () -> new WebhookChannel(url, null, Duration.ofSeconds(5)).send(Alerts.loss()))
          .isInstanceOf(IOException.class)
          .isNotInstanceOf(PermanentDeliveryException.class)
          .hasMessage("the receiver answered HTTP " + status);
    }
  }

  @Test
  void aRedirectIsNotFollowed() {
    answers.add(302);

    assertThatThrownBy(
            () -> new WebhookChannel(url, null, Duration.ofSeconds(5)).send(Alerts.loss()))
        .isInstanceOf(PermanentDeliveryException.class)
        .hasMessageContaining("redirects (HTTP 302)");
  }

  @Test
  void aReceiverThatIsDownIsRetriedAndRecordedAsUndelivered() {
    server.stop(0);
    List<Duration> waits = new ArrayList<>();
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            List.of(new WebhookChannel(url, null, Duration.ofSeconds(2))),
            new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60)),
            waits::add,
            Clock.systemUTC());

    Delivery delivery = dispatcher.dispatch(Alerts.loss()).get(0);

    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.lastError()).startsWith("could not reach it: ConnectException");
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
