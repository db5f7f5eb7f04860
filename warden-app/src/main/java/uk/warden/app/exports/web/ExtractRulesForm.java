package uk.warden.app.exports.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.ExtractRulesDraft;

/** The rules form as typed, so a refused form is shown again with what was entered. */
public record ExtractRulesForm(
    @Nullable String people,
    @Nullable String units,
    @Nullable String maxPeople,
    @Nullable String maxExtracts,
    @Nullable String perDays,
    @Nullable List<String> formats) {

  private static final String SOURCE = "extract rules";

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

  /** The rules typed, or a refusal naming every field that is wrong. */
  public ExtractRules rules() {
    List<InputProblem> problems = new ArrayList<>();
    ExtractRules.PeopleRule rule =
        Arrays.stream(ExtractRules.PeopleRule.values())
            .filter(r -> r.word().equals(text(people)))
            .findFirst()
            .orElse(null);
    Set<String> unitCodes =
        rule != ExtractRules.PeopleRule.UNITS
            ? Set.of()
            : Arrays.stream(text(units).split("[,\\s]+"))
                .filter(u -> !u.isBlank())
                .collect(Collectors.toSet());
    Set<ExtractFormat> chosen = new HashSet<>();
    (formats == null ? List.<String>of() : formats)
        .forEach(f -> ExtractFormat.ofWord(f).ifPresent(chosen::add));
    ExtractRulesDraft draft =
        new ExtractRulesDraft(
            rule,
            unitCodes,
            number("maxPeople", maxPeople, problems),
            number("maxExtracts", maxExtracts, problems),
            number("perDays", perDays, problems),
            chosen);
    try {
      ExtractRules rules = draft.rules(SOURCE, "");
      if (problems.isEmpty()) {
        return rules;
      }
    } catch (BadInputException e) {
      // A field typed wrong is left out of the draft, so each problem is reported once.
      e.problems().stream()
          .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
          .forEach(problems::add);
    }
    throw new BadInputException(problems);
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
    problems.add(
        InputProblem.field(SOURCE, field, "must be a whole number of at least 1, or empty"));
    return null;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
