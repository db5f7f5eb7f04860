package uk.warden.core.breach;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the compromised data could have been taken: a closed interval whose ends may each be unknown
 * (a supplier often cannot say when an intrusion began, or whether it has ended).
 */
public record ExposureWindow(@Nullable Instant from, @Nullable Instant to) {

  public ExposureWindow {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("exposure window ends before it starts");
    }
  }

  public static ExposureWindow between(Instant from, Instant to) {
    return new ExposureWindow(from, to);
  }

  public static ExposureWindow unknown() {
    return new ExposureWindow(null, null);
  }

  public boolean known() {
    return from != null && to != null;
  }
}
