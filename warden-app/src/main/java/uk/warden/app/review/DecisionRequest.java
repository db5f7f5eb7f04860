package uk.warden.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** A decision on one item: CONFIRM or REVOKE, and why. */
public record DecisionRequest(
    @Nullable Long item, @Nullable String decision, @Nullable String reason) {

  static final String SOURCE = "decision";

  /** Long enough for a sentence or two and a reference; the column holds this much. */
  public static final int REASON_MAX = 1000;

  /** The request once every field is known good. */
  record Checked(long item, Decision decision, String reason) {}

  Checked check() {
    List<InputProblem> problems = new ArrayList<>();
    if (item == null) {
      problems.add(InputProblem.field(SOURCE, "item", "is missing"));
    }
    Decision parsed = null;
    if (decision == null || decision.isBlank()) {
      problems.add(InputProblem.field(SOURCE, "decision", "is missing"));
    } else {
      try {
        parsed = Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(InputProblem.field(SOURCE, "decision", "must be CONFIRM or REVOKE"));
      }
    }
    String why = Reasons.check(reason, SOURCE, "reason", REASON_MAX, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Checked(item, parsed, why);
  }
}
