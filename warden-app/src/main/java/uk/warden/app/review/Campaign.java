package uk.warden.app.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review campaign: who started it and when, when it is due, and once closed, by whom. */
public record Campaign(
    long id,
    String name,
    @Nullable LocalDate dueOn,
    Instant startedAt,
    String startedBy,
    @Nullable Instant closedAt,
    @Nullable String closedBy) {

  public boolean open() {
    return closedAt == null;
  }
}
