package uk.warden.app.exports.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Unit;

/** The rules form as typed, so a refused form is shown again with what was entered. */
public record ExtractRulesForm(
    @Nullable String people,
    @Nullable String units,
    @Nullable String maxPeople,
    @Nullable String maxExtracts,
    @Nullable String perDays,
    @Nullable List<String> formats) {

  public static ExtractRulesForm of(@Nullable ExtractRules rules) {
    if (rules == null) {
      return new ExtractRulesForm("named", "", "", "", "", List.of("csv"));
    }
    return new ExtractRulesForm(
        rules.people().word(),
        String.join(", ", rules.units()),
        rules.maxPeople() == null ? "" : rules.maxPeople().toString(),
        rules.frequency() == null ? "" : Integer.toString(rules.frequency().extracts()),
        rules.frequency() == null ? "" : Integer.toString(rules.frequency().days()),
        rules.formatWords());
  }

  public boolean has(String format) {
    return formats != null && formats.contains(format);
  }

  public ExtractRules rules(List<Unit> known) {
    List<InputProblem> problems = new ArrayList<>();
    ExtractRules.PeopleRule rule = null;
    try {
      rule = ExtractRules.PeopleRule.valueOf(text(people).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(problem("people", "must be serving, units or named"));
    }
    Set<String> unitCodes =
        Arrays.stream(text(units).split("[,\\s]+"))
            .filter(u -> !u.isBlank())
            .collect(Collectors.toSet());
    Set<String> knownCodes = known.stream().map(Unit::code).collect(Collectors.toSet());
    unitCodes.stream()
        .filter(u -> !knownCodes.contains(u))
        .sorted()
        .forEach(u -> problems.add(problem("units", "names unit '" + u + "', which is unknown")));
    if (rule == ExtractRules.PeopleRule.UNITS && unitCodes.isEmpty()) {
      problems.add(problem("units", "name at least one unit for the units rule"));
    }
    if (rule != null && rule != ExtractRules.PeopleRule.UNITS && !unitCodes.isEmpty()) {
      problems.add(problem("units", "are only for the units rule"));
    }
    Integer max = number("maxPeople", maxPeople, problems);
    Integer extracts = number("maxExtracts", maxExtracts, problems);
    Integer days = number("perDays", perDays, problems);
    if ((extracts == null) != (days == null)) {
      problems.add(problem("perDays", "goes with maxExtracts: at most N extracts in D days"));
    }
    Set<ExtractFormat> chosen = new HashSet<>();
    for (String f : formats == null ? List.<String>of() : formats) {
      ExtractFormat.ofFileName("x." + f).ifPresent(chosen::add);
    }
    if (chosen.isEmpty()) {
      problems.add(problem("formats", "choose at least one format"));
    }
    if (!problems.isEmpty() || rule == null) {
      throw new BadInputException(problems);
    }
    return new ExtractRules(
        rule,
        rule == ExtractRules.PeopleRule.UNITS ? unitCodes : Set.of(),
        max,
        extracts == null || days == null ? null : new ExtractRules.Frequency(extracts, days),
        chosen);
  }

  private static @Nullable Integer number(
      String field, @Nullable String text, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(problem(field, "must be a whole number of at least 1, or empty"));
    return null;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  private static InputProblem problem(String field, String reason) {
    return InputProblem.field("extract rules", field, reason);
  }
}
