package uk.warden.watch.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.warden.watch.Durations;
import uk.warden.watch.Secret;

/**
 * The fields of one YAML mapping, read by name, each problem reported with the field's path and
 * line. Unknown and repeated names are reported as the mapping is opened, so a typo is never
 * silently ignored. Values are quoted in reasons only when they are keywords, never free text.
 */
final class Fields {

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");

  private final MappingNode mapping;
  private final String path;
  private final ConfigProblems problems;
  private final Environment environment;
  private final Map<String, NodeTuple> byName = new LinkedHashMap<>();

  Fields(
      MappingNode mapping,
      String path,
      ConfigProblems problems,
      Environment environment,
      List<String> allowed) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    this.environment = environment;
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode name) || key.getTag().equals(Tag.MERGE)) {
        problems.add(key, here(), "field names must be plain words");
        continue;
      }
      if (!allowed.contains(name.getValue())) {
        problems.add(
            key, pathOf(name.getValue()), "unknown field; expected " + String.join(", ", allowed));
        continue;
      }
      NodeTuple first = byName.putIfAbsent(name.getValue(), tuple);
      if (first != null) {
        problems.add(
            key,
            pathOf(name.getValue()),
            "is given twice (first on line " + ConfigProblems.line(first.getKeyNode()) + ")");
      }
    }
  }

  /** A field's scalar text without reporting anything, to choose how to read the rest. */
  static @Nullable String peek(MappingNode mapping, String name) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals(name)
          && tuple.getValueNode() instanceof ScalarNode value
          && !value.getTag().equals(Tag.NULL)) {
        return value.getValue();
      }
    }
    return null;
  }

  ConfigProblems problems() {
    return problems;
  }

  Environment environment() {
    return environment;
  }

  MappingNode node() {
    return mapping;
  }

  String path() {
    return path;
  }

  private @Nullable String here() {
    return path.isEmpty() ? null : path;
  }

  String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  boolean present(String name) {
    return byName.containsKey(name);
  }

  /** The field's value, or null when missing or written as YAML null. */
  @Nullable Node value(String name) {
    NodeTuple tuple = byName.get(name);
    if (tuple == null) {
      return null;
    }
    Node value = tuple.getValueNode();
    return value.getTag().equals(Tag.NULL) ? null : value;
  }

  /** Reports a problem at the field's value, or at this mapping when the field is missing. */
  void problem(String name, String reason) {
    NodeTuple tuple = byName.get(name);
    problems.add(tuple == null ? mapping : tuple.getValueNode(), pathOf(name), reason);
  }

  /** Reports a problem with this mapping as a whole. */
  void problem(String reason) {
    problems.add(mapping, here(), reason);
  }

  @Nullable ScalarNode scalar(String name, boolean required) {
    Node value = value(name);
    if (value == null) {
      if (required) {
        problem(name, "is required");
      }
      return null;
    }
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(value, pathOf(name), "must be a single value, not a list or mapping");
      return null;
    }
    return scalar;
  }

  /** Text such as a host or a URL; a required one must not be blank. */
  @Nullable String text(String name, boolean required) {
    ScalarNode node = scalar(name, required);
    if (node == null) {
      return null;
    }
    if (node.getValue().isBlank()) {
      problems.add(node, pathOf(name), "must not be blank");
      return null;
    }
    return node.getValue().strip();
  }

  /** A whole number in {@code [min, max]}, or {@code otherwise} when the field is absent. */
  @Nullable Integer integer(String name, int min, int max, @Nullable Integer otherwise) {
    ScalarNode node = scalar(name, otherwise == null);
    if (node == null) {
      return otherwise;
    }
    if (!node.getTag().equals(Tag.INT) || !DECIMAL.matcher(node.getValue()).matches()) {
      problems.add(node, pathOf(name), "must be a whole number");
      return null;
    }
    long value;
    try {
      value = Long.parseLong(node.getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value < min || value > max) {
      problems.add(node, pathOf(name), "must be from " + min + " to " + max);
      return null;
    }
    return (int) value;
  }

  @Nullable Boolean bool(String name, boolean otherwise) {
    ScalarNode node = scalar(name, false);
    if (node == null) {
      return otherwise;
    }
    if (!node.getTag().equals(Tag.BOOL)) {
      problems.add(node, pathOf(name), "must be true or false");
      return null;
    }
    // YAML 1.1, which SnakeYAML reads, also writes true as yes, on or y.
    return List.of("true", "yes", "on", "y").contains(node.getValue().toLowerCase(Locale.ROOT));
  }

  /** A positive duration such as {@code 30s} or {@code 5m}, or {@code otherwise} when absent. */
  @Nullable Duration duration(String name, Duration otherwise) {
    ScalarNode node = scalar(name, false);
    if (node == null) {
      return otherwise;
    }
    Duration duration = Durations.parse(node.getValue());
    if (duration == null || duration.isNegative() || duration.isZero()) {
      problems.add(node, pathOf(name), "must be a positive duration such as 500ms, 30s, 5m or 2h");
      return null;
    }
    return duration;
  }

  /** One of the given keywords, lower-case, or {@code otherwise} when absent. */
  @Nullable String keyword(String name, List<String> keywords, @Nullable String otherwise) {
    ScalarNode node = scalar(name, otherwise == null);
    if (node == null) {
      return otherwise;
    }
    String value = node.getValue().strip().toLowerCase(Locale.ROOT);
    if (!keywords.contains(value)) {
      problems.add(
          node,
          pathOf(name),
          (value.length() <= 20 ? "'" + value + "' is not one of " : "must be one of ")
              + String.join(", ", keywords));
      return null;
    }
    return value;
  }

  /**
   * A secret from the environment variable the field names; null when the field is absent. A
   * variable that is not set is a problem now, not a failure at the first collection or alert.
   */
  @Nullable Secret secret(String name) {
    ScalarNode node = scalar(name, false);
    if (node == null) {
      return null;
    }
    String variable = node.getValue().strip();
    if (!VARIABLE.matcher(variable).matches()) {
      problems.add(
          node, pathOf(name), "must name an environment variable, such as WARDEN_DB_PASSWORD");
      return null;
    }
    String value = environment.get(variable);
    if (value == null) {
      problems.add(node, pathOf(name), "the environment variable " + variable + " is not set");
      return null;
    }
    return Secret.of(value);
  }

  /** Refuses a field that would put a secret in the file, pointing to the one that should. */
  void refuseSecret(String name, String instead) {
    if (present(name)) {
      problem(
          name,
          "secrets are never written in the configuration: put it in an environment variable and"
              + " name the variable in '"
              + instead
              + "'");
    }
  }

  /** A list's items, or null (reported when required) when absent or not a list. */
  @Nullable List<Node> list(String name, boolean required) {
    Node value = value(name);
    if (value == null) {
      if (required) {
        problem(name, "is required");
      }
      return null;
    }
    if (!(value instanceof SequenceNode sequence)) {
      problems.add(value, pathOf(name), "must be a list");
      return null;
    }
    return sequence.getValue();
  }

  /** A list of single values, such as e-mail recipients; items that are not are reported. */
  @Nullable List<String> texts(String name, boolean required) {
    Node value = value(name);
    if (value instanceof ScalarNode) {
      // One recipient may be written without the brackets of a list.
      String one = text(name, required);
      return one == null ? null : List.of(one);
    }
    List<Node> items = list(name, required);
    if (items == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (!(item instanceof ScalarNode scalar)
          || item.getTag().equals(Tag.NULL)
          || scalar.getValue().isBlank()) {
        problems.add(item, pathOf(name) + "[" + i + "]", "must be a single value");
        continue;
      }
      texts.add(scalar.getValue().strip());
    }
    if (texts.isEmpty() && required && items.isEmpty()) {
      problem(name, "must not be empty");
      return null;
    }
    return texts;
  }

  /** A nested mapping, or null when absent or not a mapping (then reported). */
  @Nullable Fields mapping(String name, List<String> allowed) {
    Node value = value(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof MappingNode nested)) {
      problems.add(value, pathOf(name), "must be a mapping of fields");
      return null;
    }
    return new Fields(nested, pathOf(name), problems, environment, allowed);
  }

  /** Builds a setting, turning a constructor's refusal into a problem located at this mapping. */
  <T> @Nullable T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problem(String.valueOf(e.getMessage()));
      return null;
    }
  }
}
