package uk.warden.app.exports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.warden.app.account.Action;
import uk.warden.app.exports.ExportService;
import uk.warden.app.platform.Permissions;
import uk.warden.app.register.RegisterService;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Unit;

/**
 * An agreement's page: its terms, its allow-list for extracts (shown to all, edited by those who
 * may change the register), the extracts made under it over time, and the checks of files made
 * elsewhere, blocked ones first in mind.
 */
@Controller
class AgreementPageController {

  private final RegisterService register;
  private final ExportService exports;
  private final Clock clock;

  AgreementPageController(RegisterService register, ExportService exports, Clock clock) {
    this.register = register;
    this.exports = exports;
    this.clock = clock;
  }

  @GetMapping("/agreements/{code}")
  String agreement(@PathVariable String code, Model model, Authentication auth) {
    Agreement agreement = register.agreement(code);
    model.addAttribute("agreement", agreement);
    model.addAttribute("party", register.party(agreement.partyCode()));
    model.addAttribute("taxonomy", register.taxonomy());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("extracts", exports.extractsOf(code));
    var checks = exports.checksOf(code);
    model.addAttribute("checks", checks);
    model.addAttribute(
        "blocked",
        checks.stream().filter(c -> c.verdict() != uk.warden.inspect.report.Verdict.PASS).count());
    model.addAttribute("canEditRules", Permissions.holds(auth, Action.EDIT_REGISTER));
    model.addAttribute("units", register.units().stream().map(Unit::code).sorted().toList());
    if (!model.containsAttribute("rulesForm")) {
      model.addAttribute("rulesForm", RulesForm.of(agreement.extracts()));
    }
    return "register/agreement";
  }

  @PostMapping("/agreements/{code}/extract-rules")
  String rules(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String people,
      @RequestParam(required = false) @Nullable String units,
      @RequestParam(required = false) @Nullable String maxPeople,
      @RequestParam(required = false) @Nullable String maxExtracts,
      @RequestParam(required = false) @Nullable String perDays,
      @RequestParam(required = false) @Nullable List<String> formats,
      @RequestParam(required = false, defaultValue = "false") boolean remove,
      Model model,
      Authentication auth,
      RedirectAttributes redirect) {
    Agreement agreement = register.agreement(code);
    RulesForm form = new RulesForm(people, units, maxPeople, maxExtracts, perDays, formats);
    try {
      ExtractRules rules = remove ? null : form.rules(register.units());
      register.saveAgreement(agreement.withExtracts(rules), false);
      redirect.addFlashAttribute(
          "message",
          rules == null
              ? "Extract rules removed: no extract may be made under " + code + "."
              : "Extract rules saved: " + rules.describe() + ".");
      return "redirect:/agreements/" + code;
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("rulesForm", form);
    }
    return agreement(code, model, auth);
  }

  /** The rules form as typed, so a refused form is shown again with what was entered. */
  record RulesForm(
      @Nullable String people,
      @Nullable String units,
      @Nullable String maxPeople,
      @Nullable String maxExtracts,
      @Nullable String perDays,
      @Nullable List<String> formats) {

    static RulesForm of(@Nullable ExtractRules rules) {
      if (rules == null) {
        return new RulesForm("named", "", "", "", "", List.of("csv"));
      }
      return new RulesForm(
          rules.people().word(),
          String.join(", ", rules.units()),
          rules.maxPeople() == null ? "" : rules.maxPeople().toString(),
          rules.frequency() == null ? "" : Integer.toString(rules.frequency().extracts()),
          rules.frequency() == null ? "" : Integer.toString(rules.frequency().days()),
          rules.formats().stream().map(ExtractFormat::word).sorted().toList());
    }

    boolean has(String format) {
      return formats != null && formats.contains(format);
    }

    ExtractRules rules(List<Unit> known) {
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
      Set<ExtractFormat> chosen = new java.util.HashSet<>();
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
}
