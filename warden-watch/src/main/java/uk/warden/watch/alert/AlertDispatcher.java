package uk.warden.watch.alert;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one alert through every channel, retrying each with exponential backoff, and says what
 * happened on each. Channels are served side by side, so a dead webhook retrying for a minute does
 * not hold back the e-mail. Nothing a channel does escapes as an exception: every outcome is a
 * {@link Delivery}.
 */
public final class AlertDispatcher {

  private final List<AlertChannel> channels;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final Clock clock;

  public AlertDispatcher(List<AlertChannel> channels, RetryPolicy retry) {
    this(channels, retry, Sleeper.REAL, Clock.systemUTC());
  }

  public AlertDispatcher(
      List<AlertChannel> channels, RetryPolicy retry, Sleeper sleeper, Clock clock) {
    this.channels = List.copyOf(channels);
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public List<AlertChannel> channels() {
    return channels;
  }

  public RetryPolicy retry() {
    return retry;
  }

  /** One delivery per channel, in the channels' order. */
  public List<Delivery> dispatch(Alert alert) {
    Objects.requireNonNull(alert, "alert");
    if (channels.size() <= 1) {
      return channels.stream().map(channel -> deliver(channel, alert)).toList();
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            channels.size(),
            work -> {
              Thread thread = new Thread(work, "warden-alert-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Delivery>> sending = new ArrayList<>();
      for (AlertChannel channel : channels) {
        sending.add(threads.submit(() -> deliver(channel, alert)));
      }
      List<Delivery> deliveries = new ArrayList<>();
      for (int i = 0; i < channels.size(); i++) {
        deliveries.add(outcome(sending.get(i), channels.get(i), alert));
      }
      return deliveries;
    } finally {
      threads.shutdownNow();
    }
  }

  private Delivery outcome(Future<Delivery> sending, AlertChannel channel, Alert alert) {
    try {
      return sending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sending.cancel(true);
      return failed(channel, alert, 0, "interrupted before it finished");
    } catch (ExecutionException e) {
      // deliver() catches everything a channel throws; only an Error could get here.
      return failed(channel, alert, 0, "failed: " + e.getCause());
    }
  }

  /** Tries one channel until it takes the alert, refuses it for good, or attempts run out. */
  Delivery deliver(AlertChannel channel, Alert alert) {
    String lastError;
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        channel.send(alert);
        return new Delivery(alert.id(), channel.name(), attempt, true, clock.instant(), null);
      } catch (PermanentDeliveryException e) {
        return failed(channel, alert, attempt, describe(e) + " (not retried)");
      } catch (IOException e) {
        lastError = describe(e);
      } catch (RuntimeException e) {
        // A bug in a channel will not fix itself by waiting.
        return failed(channel, alert, attempt, "failed unexpectedly: " + describe(e));
      }
      if (attempt >= retry.attempts()) {
        return failed(channel, alert, attempt, lastError);
      }
      try {
        sleeper.sleep(retry.delayAfter(attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(channel, alert, attempt, lastError + "; interrupted before retrying");
      }
    }
  }

  private Delivery failed(AlertChannel channel, Alert alert, int attempts, String error) {
    return new Delivery(alert.id(), channel.name(), attempts, false, clock.instant(), error);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
