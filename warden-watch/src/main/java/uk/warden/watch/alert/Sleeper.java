package uk.warden.watch.alert;

import java.time.Duration;

/** Waits between attempts; tests give one that records the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
