package uk.warden.core.register.ascode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Turns a register file into a YAML node tree, and nothing more. Only composition is used (no
 * object construction), so no tag can instantiate a Java type, and nodes keep their line marks. The
 * limits stop hostile files (alias bombs, deep nesting, huge input) early.
 */
final class YamlSource {

  static final int MAX_ALIASES_FOR_COLLECTIONS = 20;
  static final int MAX_NESTING_DEPTH = 20;

  /** Far above any real register (a few hundred KB), well below what would strain memory. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Set<Tag> STANDARD_TAGS =
      Set.of(
          Tag.MAP,
          Tag.SEQ,
          Tag.STR,
          Tag.INT,
          Tag.BOOL,
          Tag.NULL,
          Tag.FLOAT,
          Tag.TIMESTAMP,
          Tag.MERGE);

  private YamlSource() {}

  /** The top-level mapping, or null after reporting why there is none. */
  static @Nullable MappingNode compose(InputStream in, Problems problems) {
    byte[] bytes = readCapped(in, problems);
    if (bytes == null) {
      return null;
    }
    Node root;
    try (Reader reader = new UnicodeReader(new ByteArrayInputStream(bytes))) {
      root = new Yaml(new SafeConstructor(options())).compose(reader);
    } catch (MarkedYAMLException e) {
      // getProblem() names the syntax fault without echoing the file's text.
      problems.add(e.getProblemMark(), null, "not valid YAML: " + e.getProblem());
      return null;
    } catch (YAMLException | IOException e) {
      // Not valid UTF-8, or a limit such as the number of aliases was exceeded.
      problems.add("not readable as YAML: " + e.getMessage());
      return null;
    }
    if (root == null) {
      problems.add("the file is empty; " + SpecReader.EXPECTED_TOP);
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(root, null, "the top level must be a mapping; " + SpecReader.EXPECTED_TOP);
      return null;
    }
    return rejectCustomTags(mapping, problems) ? null : mapping;
  }

  /**
   * The file's bytes, refused up front when too large: SnakeYAML would find out only after scanning
   * the limit, which takes seconds on a cold JVM.
   */
  private static byte @Nullable [] readCapped(InputStream in, Problems problems) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        problems.add("the file is larger than " + MAX_BYTES + " bytes");
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.add("could not be read: " + e.getMessage());
      return null;
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    // Bytes bound code points already; the limit stays as a second guard inside SnakeYAML.
    options.setCodePointLimit(MAX_BYTES);
    options.setMergeOnCompose(false);
    options.setProcessComments(false);
    return options;
  }

  /**
   * Reports explicit tags other than YAML's own ({@code !foo}, {@code !!binary}): the register has
   * no use for them and they usually mean the file was written for another tool.
   */
  private static boolean rejectCustomTags(Node root, Problems problems) {
    List<Node> tagged = new ArrayList<>();
    // Aliases share nodes, so visit each node once.
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (!STANDARD_TAGS.contains(node.getTag())) {
        tagged.add(node);
      }
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          todo.push(tuple.getKeyNode());
          todo.push(tuple.getValueNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(todo::push);
      }
    }
    tagged.sort(Comparator.comparingInt(node -> node.getStartMark().getIndex()));
    tagged.forEach(
        node -> problems.add(node, null, "YAML tag '" + node.getTag() + "' is not allowed here"));
    return !tagged.isEmpty();
  }
}
