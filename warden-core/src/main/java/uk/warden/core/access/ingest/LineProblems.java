package uk.warden.core.access.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The problems of one file: each bad line by number and reason, up to a limit, and beyond it only a
 * count, so describing a file that is wrong on every line never costs more than the limit.
 */
final class LineProblems {

  private final String source;
  private final int limit;
  private final List<InputProblem> listed = new ArrayList<>();
  private int badLines;
  private int unlisted;

  LineProblems(String source, int limit) {
    this.source = source;
    this.limit = limit;
  }

  void line(int line, List<String> reasons) {
    badLines++;
    for (String reason : reasons) {
      add(InputProblem.line(source, line, null, reason));
    }
  }

  void line(int line, String reason) {
    line(line, List.of(reason));
  }

  void file(@Nullable Integer line, String reason) {
    add(InputProblem.line(source, line, null, reason));
  }

  boolean any() {
    return !listed.isEmpty();
  }

  int badLines() {
    return badLines;
  }

  BadInputException refusal() {
    List<InputProblem> all = new ArrayList<>(listed);
    if (unlisted > 0) {
      all.add(
          InputProblem.file(
              source,
              unlisted
                  + " more problems not listed ("
                  + badLines
                  + " bad lines in all); nothing was read from the file"));
    }
    return new BadInputException(all);
  }

  private void add(InputProblem problem) {
    if (listed.size() < limit) {
      listed.add(problem);
    } else {
      unlisted++;
    }
  }
}
