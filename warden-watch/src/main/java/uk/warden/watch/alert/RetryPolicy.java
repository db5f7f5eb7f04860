package uk.warden.watch.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try: up to {@code attempts} sends, waiting {@code firstDelay} after the first failure
 * and twice as long after each later one, never more than {@code maxDelay}.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

  /** Five sends over about a minute and a quarter: a receiver restarting is back by then. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofSeconds(5), Duration.ofMinutes(5));

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (attempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "delays are not negative and the cap is not below the first");
    }
  }

  /** The wait after failed attempt {@code attempt} (1-based) and before the next. */
  public Duration delayAfter(int attempt) {
    Duration delay = firstDelay;
    for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
