package uk.warden.watch.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * The configuration file as a YAML node tree, nothing more: composing constructs no Java objects
 * (so no tag can instantiate one) and keeps every node's line. Limits stop a hostile file early.
 */
final class YamlTree {

  /** A configuration of thousands of systems is a few hundred KB. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private YamlTree() {}

  /** The top-level mapping, or null after reporting why there is none. */
  static @Nullable MappingNode compose(InputStream in, ConfigProblems problems) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      problems.add("could not be read: " + e.getMessage());
      return null;
    }
    if (bytes.length > MAX_BYTES) {
      problems.add("is larger than " + MAX_BYTES + " bytes");
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
      problems.add("not readable as YAML: " + e.getMessage());
      return null;
    }
    if (root == null) {
      problems.add("is empty; " + WatchConfigReader.EXPECTED_TOP);
      return null;
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(
          root, null, "the top level must be a mapping; " + WatchConfigReader.EXPECTED_TOP);
      return null;
    }
    return mapping;
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_BYTES);
    options.setMergeOnCompose(false);
    return options;
  }
}
