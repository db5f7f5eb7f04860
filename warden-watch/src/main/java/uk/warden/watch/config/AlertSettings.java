package uk.warden.watch.config;

import java.util.List;
import java.util.Objects;
import uk.warden.watch.alert.AlertChannel;
import uk.warden.watch.alert.AlertDispatcher;
import uk.warden.watch.alert.RetryPolicy;

/**
 * Where alerts go, and how hard to try each channel. No channels means alerts are only recorded.
 */
public record AlertSettings(List<AlertChannel> channels, RetryPolicy retry) {

  public static final AlertSettings NONE = new AlertSettings(List.of(), RetryPolicy.DEFAULT);

  public AlertSettings {
    channels = List.copyOf(channels);
    Objects.requireNonNull(retry, "retry");
  }

  public AlertDispatcher dispatcher() {
    return new AlertDispatcher(channels, retry);
  }
}
