package uk.warden.core.register.ascode;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of an entity before and after applying a plan, as display text. The field is named as
 * in the register file ({@code records}, {@code assurance.lastAudit}); null means "not set".
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

  public FieldChange {
    Objects.requireNonNull(field, "field");
    if (Objects.equals(before, after)) {
      throw new IllegalArgumentException("field " + field + " does not change");
    }
  }
}
