package uk.warden.core.register.ascode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds a YAML mapping node field by field, leaving out null values. Scalars carry their real tag
 * (date, integer, boolean, string), so the emitter writes dates and numbers bare and quotes only a
 * string that would otherwise read back as something else, such as a code {@code '2021'}. Every
 * node is new, so the emitter never invents anchors.
 */
final class NodeBuilder {

  private final List<NodeTuple> tuples = new ArrayList<>();
  private final FlowStyle style;

  private NodeBuilder(FlowStyle style) {
    this.style = style;
  }

  static NodeBuilder block() {
    return new NodeBuilder(FlowStyle.BLOCK);
  }

  /** A one-line mapping such as {@code {kinds: [OFFICER], leavers: false}}. */
  static NodeBuilder flow() {
    return new NodeBuilder(FlowStyle.FLOW);
  }

  NodeBuilder text(String name, @Nullable String value) {
    return value == null ? this : node(name, scalar(Tag.STR, value));
  }

  NodeBuilder date(String name, @Nullable LocalDate value) {
    return value == null ? this : node(name, scalar(Tag.TIMESTAMP, value.toString()));
  }

  NodeBuilder number(String name, @Nullable Number value) {
    return value == null ? this : node(name, scalar(Tag.INT, value.toString()));
  }

  NodeBuilder bool(String name, @Nullable Boolean value) {
    return value == null ? this : node(name, scalar(Tag.BOOL, value.toString()));
  }

  /** A one-line list of words, written even when empty so a required list stays explicit. */
  NodeBuilder words(String name, Collection<String> values) {
    List<Node> items = new ArrayList<>();
    values.forEach(v -> items.add(scalar(Tag.STR, v)));
    return node(name, new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW));
  }

  NodeBuilder node(String name, @Nullable Node value) {
    if (value != null) {
      tuples.add(new NodeTuple(scalar(Tag.STR, name), value));
    }
    return this;
  }

  MappingNode build() {
    return new MappingNode(Tag.MAP, tuples, style);
  }

  static ScalarNode scalar(Tag tag, String value) {
    return new ScalarNode(tag, value, null, null, ScalarStyle.PLAIN);
  }

  /** A block list of mappings, or {@code []} when there are none. */
  static SequenceNode entries(List<MappingNode> items) {
    return new SequenceNode(
        Tag.SEQ, new ArrayList<>(items), items.isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }
}
