package uk.warden.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractRules.PeopleRule;

/**
 * Extract rules as a form or a request gave them, any part missing or wrong: {@link #rules} names
 * every wrong field at once, so the page and the API refuse them the same way.
 */
public record ExtractRulesDraft(
    @Nullable PeopleRule people,
    @Nullable Set<String> units,
    @Nullable Integer maxPeople,
    @Nullable Integer maxExtracts,
    @Nullable Integer perDays,
    @Nullable Set<ExtractFormat> formats) {

  /**
   * The rules, or a refusal naming each wrong field as {@code prefix + name}.
   *
   * @param source what the problems are reported against ("request", "extract rules")
   */
  public ExtractRules rules(String source, String prefix) {
    Set<String> named = units == null ? Set.of() : units;
    Set<ExtractFormat> accepted = formats == null ? Set.of() : formats;
    List<InputProblem> problems = new ArrayList<>();
    if (people == null) {
      problems.add(problem(source, prefix + "people", "is required: serving, units or named"));
    } else if (people == PeopleRule.UNITS && named.isEmpty()) {
      problems.add(problem(source, prefix + "units", "name at least one unit for the units rule"));
    } else if (people != PeopleRule.UNITS && !named.isEmpty()) {
      problems.add(problem(source, prefix + "units", "are named only with the units rule"));
    }
    atLeastOne(problems, source, prefix + "maxPeople", maxPeople);
    atLeastOne(problems, source, prefix + "maxExtracts", maxExtracts);
    atLeastOne(problems, source, prefix + "perDays", perDays);
    if ((maxExtracts == null) != (perDays == null)) {
      problems.add(
          problem(
              source,
              prefix + (maxExtracts == null ? "maxExtracts" : "perDays"),
              "goes with "
                  + (maxExtracts == null ? "perDays" : "maxExtracts")
                  + ": at most N extracts in D days"));
    }
    if (accepted.isEmpty()) {
      problems.add(problem(source, prefix + "formats", "name at least one of csv, xlsx, zip"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new ExtractRules(
        people,
        named,
        maxPeople,
        maxExtracts == null ? null : new ExtractRules.Frequency(maxExtracts, perDays),
        accepted);
  }

  private static void atLeastOne(
      List<InputProblem> problems, String source, String field, @Nullable Integer value) {
    if (value != null && value < 1) {
      problems.add(problem(source, field, "is at least 1 (leave it empty for no limit)"));
    }
  }

  private static InputProblem problem(String source, String field, String reason) {
    return InputProblem.field(source, field, reason);
  }
}
