package uk.warden.core.access.directory;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Every problem of an import, across its files, up to a limit and beyond it only a count: a hostile
 * file wrong on every line must not exhaust memory describing itself.
 */
final class DirectoryProblems {

  static final int MAX_LISTED = 1000;

  private final List<InputProblem> listed = new ArrayList<>();
  private int unlisted;

  void add(String source, @Nullable Integer line, @Nullable String field, String reason) {
    if (listed.size() < MAX_LISTED) {
      listed.add(InputProblem.line(source, line, field, reason));
    } else {
      unlisted++;
    }
  }

  /** Problems so far, listed or not: compared before and after a file to tell if it read clean. */
  int count() {
    return listed.size() + unlisted;
  }

  boolean any() {
    return !listed.isEmpty();
  }

  BadInputException refusal() {
    List<InputProblem> all = new ArrayList<>(listed);
    if (unlisted > 0) {
      all.add(
          InputProblem.file(
              "directory",
              unlisted + " more problems not listed; nothing was imported from any of the files"));
    }
    return new BadInputException(all);
  }
}
