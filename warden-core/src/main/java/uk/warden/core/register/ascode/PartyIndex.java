package uk.warden.core.register.ascode;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import uk.warden.core.register.PartyKind;

/**
 * The party codes a file declares, with their kinds where readable. It is built from the raw
 * entries, not from the parties that validated, so a party with a bad date elsewhere does not also
 * turn every reference to it into an "unknown party" problem.
 */
final class PartyIndex {

  private final Map<String, @Nullable PartyKind> kinds = new HashMap<>();

  static PartyIndex scan(@Nullable Node section) {
    PartyIndex index = new PartyIndex();
    if (section instanceof SequenceNode entries) {
      for (Node entry : entries.getValue()) {
        if (entry instanceof MappingNode party) {
          index.add(party);
        }
      }
    }
    return index;
  }

  private void add(MappingNode party) {
    ScalarNode code = Fields.peek(party, "code");
    if (code == null || !ScalarReader.isValidCode(code.getValue())) {
      return;
    }
    ScalarNode kind = Fields.peek(party, "kind");
    kinds.putIfAbsent(
        code.getValue(),
        kind == null ? null : ScalarReader.constant(kind.getValue(), PartyKind.class));
  }

  boolean knows(String code) {
    return kinds.containsKey(code);
  }

  /** The referenced party code, or null after reporting that no party in the file has it. */
  @Nullable String reference(ScalarNode node, String path, Problems problems) {
    if (!knows(node.getValue())) {
      problems.add(node, path, unknown(node.getValue()));
      return null;
    }
    return node.getValue();
  }

  static String unknown(String code) {
    return "unknown party '" + ScalarReader.shown(code) + "'; use the code of a party in this file";
  }

  /** The party's kind, or null when unknown or unreadable (reported where it is declared). */
  @Nullable PartyKind kindOf(String code) {
    return kinds.get(code);
  }
}
