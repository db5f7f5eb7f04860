package uk.warden.app.review;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.InputProblem;

/**
 * Free-text reasons and notes: required, because an auditor asks why, and bounded, because they are
 * kept in full and printed in the report.
 */
final class Reasons {

  private Reasons() {}

  /** The text stripped, or empty with a problem added when it is missing or too long. */
  static String check(
      @Nullable String text, String source, String field, int max, List<InputProblem> problems) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      problems.add(InputProblem.field(source, field, "is missing"));
    } else if (stripped.length() > max) {
      problems.add(InputProblem.field(source, field, "is longer than " + max + " characters"));
    }
    return stripped;
  }
}
