package uk.warden.core.register.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Collects the problems of one file. It stops listening after {@link #LIMIT}: a file that is wrong
 * on every row of two million would otherwise exhaust memory with messages nobody reads, and the
 * first thousand are enough to show what to fix.
 */
final class ProblemLog {

  static final int LIMIT = 1000;

  private final String source;
  private final List<InputProblem> problems = new ArrayList<>();
  private boolean full;

  ProblemLog(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  void at(int row, @Nullable String column, String reason) {
    add(new InputProblem(source, row, column, reason));
  }

  void field(String field, String reason) {
    add(InputProblem.field(source, field, reason));
  }

  void file(String reason) {
    add(InputProblem.file(source, reason));
  }

  void addAll(List<InputProblem> more) {
    more.forEach(this::add);
  }

  private void add(InputProblem problem) {
    if (full) {
      return;
    }
    if (problems.size() == LIMIT) {
      problems.add(
          InputProblem.file(
              source, "stopped after " + LIMIT + " problems: fix these and import again"));
      full = true;
      return;
    }
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  boolean full() {
    return full;
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }
}
