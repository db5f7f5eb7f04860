package uk.warden.app.findings.web;

import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.warden.app.account.Action;
import uk.warden.app.audit.Audit;
import uk.warden.app.findings.FindingAction;
import uk.warden.app.findings.FindingFilter;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.findings.ListedFinding;
import uk.warden.app.platform.Permissions;
import uk.warden.app.platform.RefusedException;
import uk.warden.core.findings.Severity;
import uk.warden.core.input.BadInputException;

/**
 * The findings pages: the list with its filters, one finding with its evidence, fix and history
 * (assign, resolve with a note, reopen), and the suppliers ranked by an explained risk score.
 */
@Controller
class FindingsWebController {

  private final FindingsService findings;
  private final Audit audit;

  FindingsWebController(FindingsService findings, Audit audit) {
    this.audit = audit;
    this.findings = findings;
  }

  @GetMapping("/findings")
  String list(
      @RequestParam(required = false) @Nullable Severity severity,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable String system,
      @RequestParam(required = false, defaultValue = "OPEN") String status,
      Model model) {
    FindingStatus wanted = "ALL".equals(status) ? null : FindingStatus.valueOf(status);
    List<ListedFinding> all = findings.list(FindingFilter.ALL);
    // The choices come from every finding; the filter narrows the same list, read once.
    FindingFilter filter =
        new FindingFilter(severity, blank(rule), blank(party), blank(system), wanted, null);
    List<ListedFinding> shown = all.stream().filter(filter::matches).toList();
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    all.stream()
        .filter(l -> l.status() == FindingStatus.OPEN)
        .forEach(l -> bySeverity.merge(l.finding().severity(), 1L, Long::sum));
    // Findings name principals and pay numbers: leavers, lapsed clearances, unusual volumes.
    audit.consulted("findings.view", List.of(), shown.size(), null);
    model.addAttribute("findings", shown);
    model.addAttribute("bySeverity", bySeverity);
    model.addAttribute("severities", Severity.values());
    model.addAttribute(
        "rules", new TreeSet<>(all.stream().map(l -> l.finding().ruleCode()).toList()));
    model.addAttribute(
        "parties",
        new TreeSet<>(all.stream().map(ListedFinding::party).filter(p -> p != null).toList()));
    model.addAttribute(
        "systems",
        new TreeSet<>(all.stream().map(ListedFinding::system).filter(s -> s != null).toList()));
    model.addAttribute("severity", severity);
    model.addAttribute("rule", blank(rule));
    model.addAttribute("party", blank(party));
    model.addAttribute("system", blank(system));
    model.addAttribute("status", status);
    return "findings/list";
  }

  @GetMapping("/findings/one")
  String one(@RequestParam String key, Model model, Authentication auth) {
    model.addAttribute("listed", findings.get(key));
    model.addAttribute("history", findings.history(key));
    model.addAttribute("canWrite", Permissions.holds(auth, Action.TRIAGE_FINDINGS));
    return "findings/one";
  }

  @PostMapping("/findings/decisions")
  String decide(
      @RequestParam String key,
      @RequestParam FindingAction action,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String note,
      Principal who,
      RedirectAttributes redirect) {
    try {
      switch (action) {
        case ASSIGN -> findings.assign(key, assignee, note, who.getName());
        case RESOLVE -> findings.resolve(key, note, who.getName());
        case REOPEN -> findings.reopen(key, note, who.getName());
      }
      redirect.addFlashAttribute("done", action);
    } catch (BadInputException e) {
      redirect.addFlashAttribute("problems", e.problems());
    } catch (RefusedException e) {
      redirect.addFlashAttribute("refusal", e.getMessage());
    }
    return "redirect:"
        + UriComponentsBuilder.fromPath("/findings/one").queryParam("key", key).encode().build();
  }

  @GetMapping("/suppliers/risk")
  String risks(Model model) {
    model.addAttribute("risks", findings.risks());
    return "findings/risks";
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
