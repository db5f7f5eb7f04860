package uk.warden.app.watch;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.warden.app.watch.store.WatchStore;
import uk.warden.watch.alert.Alert;
import uk.warden.watch.alert.AlertDispatcher;
import uk.warden.watch.alert.Delivery;

/**
 * Tells people about new losses and keeps a record of every delivery. The server sends through the
 * channels of its watch configuration ({@code WARDEN_WATCH_CONFIG}) on a thread of its own, so a
 * channel being retried does not hold up the push that found the loss; {@code watch collect} sends
 * through the channels of the configuration it was given, and waits.
 */
@Component
public class WatchAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(WatchAlerts.class);
  private static final long DRAIN_SECONDS = 120;

  private final AlertDispatcher dispatcher;
  private final WatchStore store;
  private final String publicUrl;
  private final Clock clock;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "watch-alerts");
            thread.setDaemon(true);
            return thread;
          });

  public WatchAlerts(
      WatchSettings settings,
      @Value("${warden.public-url:http://localhost:8080}") String publicUrl,
      WatchStore store,
      Clock clock) {
    this.dispatcher = settings.alerts().dispatcher();
    this.store = store;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    this.clock = clock;
  }

  /** Sends each new (committed) finding to the server's channels, in the background. */
  public void announce(List<WatchFinding> findings) {
    if (!findings.isEmpty() && !dispatcher.channels().isEmpty()) {
      sender.execute(() -> findings.forEach(f -> send(f, dispatcher)));
    }
  }

  /** Sends each new (committed) finding through the given channels, and waits. */
  public void deliver(List<WatchFinding> findings, AlertDispatcher through) {
    findings.forEach(f -> send(f, through));
  }

  /** Waits for alerts already handed over to be sent. */
  void drain() {
    try {
      sender.submit(() -> {}).get(DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("alerts still being sent after {} s", DRAIN_SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    drain();
    sender.shutdownNow();
  }

  private void send(WatchFinding finding, AlertDispatcher through) {
    Alert alert = alertFor(finding);
    for (Delivery delivery : through.dispatch(alert)) {
      store.insertDelivery(finding.id(), delivery);
      if (!delivery.delivered()) {
        // Codes and counts only: the alert itself never carries personal data.
        LOG.warn(
            "alert {} not delivered to {} after {} attempts",
            alert.id(),
            delivery.channel(),
            delivery.attempts());
      }
    }
  }

  Alert alertFor(WatchFinding finding) {
    return new Alert(
        "warden-watch-finding-" + finding.id(),
        "unexplained-loss",
        finding.system(),
        finding.severity().name(),
        String.format(
            "Unexplained loss of %,d objects from %s", finding.objects(), finding.system()),
        String.format(
            "%s%nShape: %s. Severity: %s.%s",
            finding.describe(),
            finding.shape().name().toLowerCase(java.util.Locale.ROOT),
            finding.severity(),
            finding.migrationId() == null
                ? ""
                : " During registered migration " + finding.migrationId() + "."),
        clock.instant(),
        publicUrl + "/watch/systems/" + finding.system());
  }
}
