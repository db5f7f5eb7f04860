package uk.warden.watch.config;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** Every problem found in one configuration file, by line and field, so it is fixed in one pass. */
final class ConfigProblems {

  private final String source;
  private final List<InputProblem> found = new ArrayList<>();

  ConfigProblems(String source) {
    this.source = source;
  }

  /** A problem with the file as a whole. */
  void add(String reason) {
    found.add(InputProblem.file(source, reason));
  }

  void add(@Nullable Node at, @Nullable String path, String reason) {
    add(at == null ? null : at.getStartMark(), path, reason);
  }

  void add(@Nullable Mark at, @Nullable String path, String reason) {
    // SnakeYAML counts lines from 0; people count from 1.
    found.add(InputProblem.line(source, at == null ? null : at.getLine() + 1, path, reason));
  }

  int count() {
    return found.size();
  }

  BadInputException exception() {
    return new BadInputException(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw exception();
    }
  }

  static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }
}
