package uk.warden.watch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AlertDispatcherTests {

  private static final Instant NOW = Instant.parse("2023-07-14T06:00:05Z");
  private static final RetryPolicy RETRY =
      new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(10));

  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  @Test
  void backsOffExponentiallyUpToTheCapAndGivesUpAfterTheLastAttempt() {
    Flaky channel = new Flaky("flaky", Integer.MAX_VALUE);

    Delivery delivery = dispatcher(channel).dispatch(Alerts.loss()).get(0);

    assertThat(delivery)
        .isEqualTo(
            new Delivery(Alerts.loss().id(), "flaky", 6, false, NOW, "flaky is down (attempt 6)"));
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10));
  }

  @Test
  void everyChannelGetsADeliveryInOrderAndOneFailureDoesNotStopTheOthers() {
    AlertChannel broken =
        new Named("broken") {
          @Override
          public void send(Alert alert) {
            throw new IllegalStateException("a bug");
          }
        };
    AlertChannel refusing =
        new Named("refusing") {
          @Override
          public void send(Alert alert) throws IOException {
            throw new PermanentDeliveryException("HTTP 401");
          }
        };
    Flaky recovers = new Flaky("recovers", 2);

    List<Delivery> deliveries = dispatcher(broken, refusing, recovers).dispatch(Alerts.loss());

    assertThat(deliveries)
        .extracting(Delivery::channel, Delivery::attempts, Delivery::delivered, Delivery::lastError)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("broken", 1, false, "failed unexpectedly: a bug"),
            org.assertj.core.groups.Tuple.tuple("refusing", 1, false, "HTTP 401 (not retried)"),
            org.assertj.core.groups.Tuple.tuple("recovers", 3, true, null));
    assertThat(deliveries).allMatch(delivery -> delivery.alertId().equals(Alerts.loss().id()));
  }

  @Test
  void channelsAreServedSideBySide() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    AtomicInteger overlapping = new AtomicInteger();
    class Waiting extends Named {
      Waiting(String name) {
        super(name);
      }

      @Override
      public void send(Alert alert) throws IOException {
        bothStarted.countDown();
        try {
          // Each waits for the other to have started: sequential sending would never get past.
          if (bothStarted.await(5, TimeUnit.SECONDS)) {
            overlapping.incrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    List<Delivery> deliveries =
        dispatcher(new Waiting("a"), new Waiting("b")).dispatch(Alerts.loss());

    assertThat(deliveries).allMatch(Delivery::delivered);
    assertThat(overlapping.get()).isEqualTo(2);
  }

  @Test
  void anInterruptedWaitEndsTheRetriesWithoutThrowing() {
    Flaky channel = new Flaky("flaky", Integer.MAX_VALUE);
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            List.of(channel),
            RETRY,
            duration -> {
              throw new InterruptedException();
            },
            Clock.fixed(NOW, ZoneOffset.UTC));

    Delivery delivery = dispatcher.dispatch(Alerts.loss()).get(0);

    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastError()).endsWith("; interrupted before retrying");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void retryPolicyDelaysDoubleToTheCap() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3));

    assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(policy::delayAfter))
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3));
  }

  private AlertDispatcher dispatcher(AlertChannel... channels) {
    return new AlertDispatcher(
        List.of(channels), RETRY, waits::add, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private abstract static class Named implements AlertChannel {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }
  }

  /** Fails its first {@code failures} sends with an error worth retrying. */
  private static final class Flaky extends Named {
    private final int failures;
    private final AtomicInteger attempts = new AtomicInteger();

    Flaky(String name, int failures) {
      super(name);
      this.failures = failures;
    }

    @Override
    public void send(Alert alert) throws IOException {
      int attempt = attempts.incrementAndGet();
      if (attempt <= failures) {
        throw new IOException(name() + " is down (attempt " + attempt + ")");
      }
    }
  }
}
