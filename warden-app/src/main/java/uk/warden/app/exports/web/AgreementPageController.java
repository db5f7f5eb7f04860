package uk.warden.app.exports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Unit;
import uk.warden.inspect.report.Verdict;

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
    model.addAttribute("blocked", checks.stream().filter(c -> c.verdict() != Verdict.PASS).count());
    model.addAttribute("canEditRules", Permissions.holds(auth, Action.EDIT_REGISTER));
    model.addAttribute("units", register.units().stream().map(Unit::code).sorted().toList());
    if (!model.containsAttribute("rulesForm")) {
      model.addAttribute("rulesForm", ExtractRulesForm.of(agreement.extracts()));
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
    ExtractRulesForm form =
        new ExtractRulesForm(people, units, maxPeople, maxExtracts, perDays, formats);
    try {
      ExtractRules rules = remove ? null : form.rules();
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
}
