package uk.warden.core.access.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The values one line gives for each {@link EventField}, before they are checked: a String, a List
 * of Strings (a JSON array) or nothing. Reused from line to line.
 */
final class RawEvent {

  private final @Nullable Object[] values = new Object[EventField.values().length];
  private final @Nullable String[] names = new String[EventField.values().length];

  void clear() {
    java.util.Arrays.fill(values, null);
    java.util.Arrays.fill(names, null);
  }

  /**
   * Sets a field from a name the log used; refuses a second value for the same field, which would
   * make the event ambiguous ({@code user} and {@code principal} on one line).
   */
  void set(EventField field, String name, @Nullable Object value) {
    String earlier = names[field.ordinal()];
    if (earlier != null) {
      throw new LineError(
          earlier.equals(name)
              ? "field '" + name + "' appears twice"
              : "fields '" + earlier + "' and '" + name + "' both give the " + field.key());
    }
    names[field.ordinal()] = name;
    values[field.ordinal()] = value;
  }

  @Nullable Object get(EventField field) {
    return values[field.ordinal()];
  }

  /** The name the log used for the field, for messages; the standard name if it gave none. */
  String nameOf(EventField field) {
    String name = names[field.ordinal()];
    return name == null ? field.key() : name;
  }
}
