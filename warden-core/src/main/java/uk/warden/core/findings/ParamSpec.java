package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A parameter a check takes: its name, a description for people editing the rules file, the default
 * used when a rule leaves it out, and how its YAML value is read. A bad value is refused with an
 * {@link IllegalArgumentException} whose message says what is expected; the rules reader adds which
 * rule and field.
 */
public record ParamSpec(
    String name, String description, Object defaultValue, Function<Object, Object> reader) {

  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(reader, "reader");
  }

  Object read(Object raw) {
    return reader.apply(raw);
  }

  static ParamSpec wholeNumber(
      String name, String description, int defaultValue, int min, int max) {
    return new ParamSpec(
        name,
        description,
        defaultValue,
        raw -> {
          if (!(raw instanceof Integer value) || value < min || value > max) {
            throw new IllegalArgumentException("must be a whole number from " + min + " to " + max);
          }
          return value;
        });
  }

  static ParamSpec decimal(
      String name, String description, double defaultValue, double min, double max) {
    return new ParamSpec(
        name,
        description,
        defaultValue,
        raw -> {
          if (!(raw instanceof Number number)
              || Double.isNaN(number.doubleValue())
              || number.doubleValue() < min
              || number.doubleValue() > max) {
            throw new IllegalArgumentException("must be a number from " + min + " to " + max);
          }
          return number.doubleValue();
        });
  }

  static ParamSpec flag(String name, String description, boolean defaultValue) {
    return new ParamSpec(
        name,
        description,
        defaultValue,
        raw -> {
          if (!(raw instanceof Boolean value)) {
            throw new IllegalArgumentException("must be true or false");
          }
          return value;
        });
  }

  /** A non-empty list of constants of {@code type}, read as an unmodifiable {@link EnumSet}. */
  static <E extends Enum<E>> ParamSpec enumSet(
      String name, String description, Class<E> type, Set<E> defaultValue) {
    return new ParamSpec(
        name,
        description,
        Collections.unmodifiableSet(EnumSet.copyOf(defaultValue)),
        raw -> Collections.unmodifiableSet(enums(type, raw)));
  }

  static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, Object raw) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException("must be a non-empty list of " + allowed(type));
    }
    EnumSet<E> values = EnumSet.noneOf(type);
    for (Object item : list) {
      values.add(constant(type, item));
    }
    return values;
  }

  static <E extends Enum<E>> E constant(Class<E> type, Object raw) {
    String key =
        String.valueOf(raw).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "'" + raw + "' is not one of " + String.join(", ", allowedList(type)));
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return String.join(", ", allowedList(type));
  }

  private static <E extends Enum<E>> List<String> allowedList(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return names;
  }
}
