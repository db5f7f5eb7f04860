package uk.warden.core.input;

import java.util.List;

/** Refuses an input as a whole, carrying every problem found in it. */
public class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN_IN_MESSAGE = 20;

  private final transient List<InputProblem> problems;

  public BadInputException(List<InputProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("bad input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public BadInputException(InputProblem problem) {
    this(List.of(problem));
  }

  public List<InputProblem> problems() {
    return problems;
  }

  private static String summary(List<InputProblem> problems) {
    StringBuilder text = new StringBuilder();
    problems.stream()
        .limit(SHOWN_IN_MESSAGE)
        .forEach(p -> text.append(text.isEmpty() ? "" : "\n").append(p.describe()));
    if (problems.size() > SHOWN_IN_MESSAGE) {
      text.append("\n... and ").append(problems.size() - SHOWN_IN_MESSAGE).append(" more problems");
    }
    return text.toString();
  }
}
