package uk.warden.watch.collect;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One system's result in a collection run: its volume, or why it could not be counted.
 *
 * @param volume what the system held, or null when it failed
 * @param failure why it could not be counted (names the system, never data it holds), or null
 * @param took how long the collection took, or until it was given up
 */
public record CollectionOutcome(
    String system, @Nullable SystemVolume volume, @Nullable String failure, Duration took) {

  public CollectionOutcome {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(took, "took");
    if ((volume == null) == (failure == null)) {
      throw new IllegalArgumentException("an outcome is a volume or a failure, not both");
    }
  }

  public static CollectionOutcome collected(SystemVolume volume, Duration took) {
    return new CollectionOutcome(volume.system(), volume, null, took);
  }

  public static CollectionOutcome failed(String system, String failure, Duration took) {
    return new CollectionOutcome(system, null, failure, took);
  }

  public boolean collected() {
    return volume != null;
  }
}
