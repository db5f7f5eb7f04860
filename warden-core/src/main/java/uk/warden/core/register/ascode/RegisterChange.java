package uk.warden.core.register.ascode;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a plan: add, change or remove the entity of {@code type} with {@code code}. {@code
 * desired} is the entity as the file describes it, which the app stores for an add or a change; it
 * is null for a removal, where only the type and code are needed. {@code fields} lists what differs
 * (every set field for an add or a removal).
 */
public record RegisterChange(
    EntityType type,
    String code,
    Action action,
    List<FieldChange> fields,
    @Nullable Record desired) {

  public RegisterChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(action, "action");
    fields = List.copyOf(fields);
    if ((action == Action.REMOVE) != (desired == null)) {
      throw new IllegalArgumentException(
          "a removal carries no entity; an add or change carries the desired one");
    }
    if (desired != null && !type.modelType().isInstance(desired)) {
      throw new IllegalArgumentException(
          type.label() + " change carries a " + desired.getClass().getSimpleName());
    }
  }

  /** The desired entity as its model type, e.g. {@code change.desiredAs(Party.class)}. */
  public <T extends Record> T desiredAs(Class<T> modelType) {
    if (desired == null) {
      throw new IllegalStateException("a removal carries no desired entity");
    }
    return modelType.cast(desired);
  }
}
