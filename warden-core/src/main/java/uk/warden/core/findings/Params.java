package uk.warden.core.findings;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rule's parameters, read and checked against its check's {@link ParamSpec}s, with defaults
 * filled in: every name a check asks for is present and of the type its spec reads.
 */
public final class Params {

  private final Map<String, Object> values;

  Params(Map<String, Object> values) {
    this.values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** The defaults of every spec. */
  static Params defaults(Iterable<ParamSpec> specs) {
    Map<String, Object> values = new TreeMap<>();
    for (ParamSpec spec : specs) {
      values.put(spec.name(), spec.defaultValue());
    }
    return new Params(values);
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public int wholeNumber(String name) {
    return (Integer) get(name);
  }

  public double decimal(String name) {
    return (Double) get(name);
  }

  public boolean flag(String name) {
    return (Boolean) get(name);
  }

  @SuppressWarnings("unchecked")
  public <E extends Enum<E>> Set<E> enums(String name) {
    return (Set<E>) get(name);
  }

  public <T> T value(String name, Class<T> type) {
    return type.cast(get(name));
  }

  private Object get(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no parameter " + name);
    }
    return value;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
