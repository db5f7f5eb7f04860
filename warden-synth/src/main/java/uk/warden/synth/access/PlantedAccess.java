package uk.warden.synth.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem planted in the synthetic access, by the code of the standard rule that should find it
 * and the id of the finding's subject (a principal or grant id; {@code qualifier} is the system for
 * per-system findings). The description says what happened, with ids, never names.
 */
public record PlantedAccess(
    String rule, String subject, @Nullable String qualifier, String description) {

  public PlantedAccess {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
  }
}
