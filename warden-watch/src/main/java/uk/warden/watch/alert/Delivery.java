package uk.warden.watch.alert;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The record of sending one alert through one channel: how many attempts, whether it got there, and
 * the last error if it did not.
 */
public record Delivery(
    String alertId,
    String channel,
    int attempts,
    boolean delivered,
    Instant finishedAt,
    @Nullable String lastError) {

  public Delivery {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }
}
