package uk.warden.core.watch;

import java.time.LocalDate;
import java.util.Objects;

/** How much a system held on a day: objects (files, rows, records) and bytes. */
public record VolumeSnapshot(LocalDate day, long objects, long bytes) {

  public VolumeSnapshot {
    Objects.requireNonNull(day, "day");
    if (objects < 0 || bytes < 0) {
      throw new IllegalArgumentException("a snapshot counts nothing negative");
    }
  }
}
