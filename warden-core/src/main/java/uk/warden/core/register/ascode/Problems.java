package uk.warden.core.register.ascode;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Collects every problem found in one register file, located by path and line, so a user fixes the
 * file in one pass instead of one error per run.
 */
final class Problems {

  private final String source;
  private final List<InputProblem> found = new ArrayList<>();

  Problems(String source) {
    this.source = source;
  }

  /** A problem with the file as a whole, such as its size or syntax without a position. */
  void add(String reason) {
    found.add(InputProblem.file(source, reason));
  }

  void add(@Nullable Node at, @Nullable String path, String reason) {
    add(at == null ? null : at.getStartMark(), path, reason);
  }

  void add(@Nullable Mark at, @Nullable String path, String reason) {
    found.add(InputProblem.line(source, at == null ? null : line(at), path, reason));
  }

  /** How many problems so far; a reader compares counts to know if its own entity was clean. */
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

  /** SnakeYAML counts lines from 0; people count from 1. */
  static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  static @Nullable Integer line(@Nullable Node node) {
    return node == null || node.getStartMark() == null ? null : line(node.getStartMark());
  }
}
