package uk.warden.core.register.ascode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read by name with the path and line of each value. Unknown and
 * repeated field names are reported when the mapping is opened, so a typo such as {@code catgories}
 * is never silently ignored.
 */
final class Fields {

  /** Converts one scalar, reporting and returning null when it cannot. */
  interface Conversion<T> {
    @Nullable T convert(ScalarNode node, String path);
  }

  private final MappingNode mapping;
  private final String path;
  private final Problems problems;
  private final ScalarReader scalars;
  private final Map<String, NodeTuple> byName = new LinkedHashMap<>();

  Fields(MappingNode mapping, String path, Problems problems, List<String> allowed) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    this.scalars = new ScalarReader(problems);
    for (NodeTuple tuple : mapping.getValue()) {
      index(tuple, allowed);
    }
  }

  private void index(NodeTuple tuple, List<String> allowed) {
    Node key = tuple.getKeyNode();
    if (key.getTag().equals(Tag.MERGE)) {
      problems.add(key, here(), "merge keys (<<) are not supported; alias a whole value instead");
      return;
    }
    if (!(key instanceof ScalarNode name)) {
      problems.add(key, here(), "field names must be plain words");
      return;
    }
    if (!allowed.contains(name.getValue())) {
      problems.add(key, pathOf(name.getValue()), FieldNames.unknown(name.getValue(), allowed));
      return;
    }
    NodeTuple first = byName.putIfAbsent(name.getValue(), tuple);
    if (first != null) {
      problems.add(
          key,
          pathOf(name.getValue()),
          "is given twice (first on line " + Problems.line(first.getKeyNode()) + ")");
    }
  }

  /** A field's scalar value without reporting anything, for indexes built before validation. */
  static @Nullable ScalarNode peek(MappingNode mapping, String name) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals(name)
          && tuple.getValueNode() instanceof ScalarNode value
          && !value.getTag().equals(Tag.NULL)) {
        return value;
      }
    }
    return null;
  }

  ScalarReader scalars() {
    return scalars;
  }

  Problems problems() {
    return problems;
  }

  /** This mapping's own path; the top level has none. */
  private @Nullable String here() {
    return path.isEmpty() ? null : path;
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Whether the field is written at all, even as {@code null} or empty. */
  boolean present(String name) {
    return byName.containsKey(name);
  }

  /** The field's value, or null when it is missing or written as YAML null. */
  @Nullable Node value(String name) {
    NodeTuple tuple = byName.get(name);
    if (tuple == null) {
      return null;
    }
    Node value = tuple.getValueNode();
    return value.getTag().equals(Tag.NULL) ? null : value;
  }

  /** Reports a missing required field at the mapping that should hold it. */
  void missing(String name, String hint) {
    problems.add(mapping, pathOf(name), "is required" + hint);
  }

  @Nullable ScalarNode scalar(String name, boolean required) {
    Node value = value(name);
    if (value == null) {
      if (required) {
        missing(name, "");
      }
      return null;
    }
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(value, pathOf(name), "must be a single value, not a list or mapping");
      return null;
    }
    return scalar;
  }

  <T> @Nullable T get(String name, boolean required, Conversion<T> conversion) {
    ScalarNode node = scalar(name, required);
    return node == null ? null : conversion.convert(node, pathOf(name));
  }

  /** Free text such as a name; a required one must not be blank. */
  @Nullable String text(String name, boolean required) {
    ScalarNode node = scalar(name, required);
    if (node != null && required && node.getValue().isBlank()) {
      problems.add(node, pathOf(name), "must not be blank");
      return null;
    }
    return node == null ? null : node.getValue();
  }

  /** A list of scalars; a missing optional list is empty, items that fail are left out. */
  <T> @Nullable List<T> list(String name, boolean required, Conversion<T> conversion) {
    Node value = value(name);
    if (value == null) {
      if (required && !present(name)) {
        missing(name, " (write [] for none)");
        return null;
      }
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      problems.add(value, pathOf(name), "must be a list, such as [a, b]");
      return null;
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      Node item = sequence.getValue().get(i);
      String itemPath = pathOf(name) + "[" + i + "]";
      if (!(item instanceof ScalarNode scalar) || item.getTag().equals(Tag.NULL)) {
        problems.add(item, itemPath, "must be a single value");
        continue;
      }
      T converted = conversion.convert(scalar, itemPath);
      if (converted != null) {
        items.add(converted);
      }
    }
    return items;
  }

  /** A nested mapping such as {@code assurance}, or null when absent or not a mapping. */
  @Nullable Fields nested(String name, List<String> allowed) {
    Node value = value(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof MappingNode nested)) {
      problems.add(value, pathOf(name), "must be a mapping of fields");
      return null;
    }
    return new Fields(nested, pathOf(name), problems, allowed);
  }

  /**
   * Builds a model record, turning a constructor's refusal into a located problem. The readers
   * check the same rules first with a precise path; this is the net for anything they miss.
   */
  <T> @Nullable T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problems.add(mapping, path, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
