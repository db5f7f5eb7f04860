package uk.warden.app.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.watch.ExpectedChange;

/**
 * A retention schedule, deletion or migration as a face received it.
 *
 * @param reason RETENTION, DELETION or MIGRATION
 * @param objects per day for a retention schedule; in all for a deletion or a migration (a
 *     migration that moves nothing out of the system removes 0)
 * @param lastDay required for a deletion; a schedule or migration without one is still running
 */
public record ExplanationRequest(
    @Nullable String system,
    @Nullable String reason,
    @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay,
    @Nullable Long objects,
    @Nullable String reference) {

  static final String SOURCE = "expected change";

  /** The request once every field is known good. */
  record Checked(
      String system,
      ExpectedChange.Reason reason,
      LocalDate firstDay,
      @Nullable LocalDate lastDay,
      long objects,
      String reference) {}

  Checked check(Predicate<String> knownSystem) {
    List<InputProblem> problems = new ArrayList<>();
    String code = system == null ? "" : system.strip();
    if (code.isEmpty()) {
      problems.add(InputProblem.field(SOURCE, "system", "is missing"));
    } else if (!knownSystem.test(code)) {
      problems.add(InputProblem.field(SOURCE, "system", "no system " + code));
    }
    ExpectedChange.Reason why = null;
    try {
      why =
          ExpectedChange.Reason.valueOf(
              reason == null ? "" : reason.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          InputProblem.field(SOURCE, "reason", "must be RETENTION, DELETION or MIGRATION"));
    }
    if (firstDay == null) {
      problems.add(InputProblem.field(SOURCE, "firstDay", "is missing"));
    } else if (lastDay != null && lastDay.isBefore(firstDay)) {
      problems.add(InputProblem.field(SOURCE, "lastDay", "is before firstDay"));
    }
    if (why == ExpectedChange.Reason.DELETION && lastDay == null) {
      problems.add(InputProblem.field(SOURCE, "lastDay", "a deletion needs the day it ended"));
    }
    if (objects == null || objects < 0) {
      problems.add(InputProblem.field(SOURCE, "objects", "must be a count of 0 or more"));
    }
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty() || ref.length() > 300) {
      problems.add(
          InputProblem.field(
              SOURCE,
              "reference",
              "give a reference of 1 to 300 characters (a schedule, a"
                  + " certificate, a change ticket)"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Checked(code, why, firstDay, lastDay, objects, ref);
  }
}
