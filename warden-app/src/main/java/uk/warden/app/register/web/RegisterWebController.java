package uk.warden.app.register.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.warden.app.account.Action;
import uk.warden.app.audit.Audit;
import uk.warden.app.breach.BreachService;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.findings.FindingFilter;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.Permissions;
import uk.warden.app.register.ListedPerson;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.PersonRefs;
import uk.warden.app.register.RegisterService;
import uk.warden.app.watch.WatchService;
import uk.warden.core.custody.HoldingsPoint;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.SensitivityFlag;

/** Read pages of the register: the dashboard, people, parties, systems and agreements. */
@Controller
class RegisterWebController {

  private static final int HISTORY_MONTHS = 36;

  private final RegisterService register;
  private final CustodyService custody;
  private final BreachService breaches;
  private final WatchService watch;
  private final FindingsService findings;
  private final Clock clock;
  private final Audit audit;

  RegisterWebController(
      RegisterService register,
      CustodyService custody,
      BreachService breaches,
      WatchService watch,
      FindingsService findings,
      Clock clock,
      Audit audit) {
    this.audit = audit;
    this.register = register;
    this.custody = custody;
    this.breaches = breaches;
    this.watch = watch;
    this.findings = findings;
    this.clock = clock;
  }

  @GetMapping("/")
  String dashboard(Model model) {
    model.addAttribute("dashboard", register.dashboard());
    model.addAttribute("incidents", breaches.incidents());
    model.addAttribute("watchLosses", watch.openFindings());
    return "register/dashboard";
  }

  @GetMapping("/people")
  String people(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable PersonKind kind,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable EmploymentStatus status,
      @RequestParam(required = false) @Nullable ClearanceLevel clearance,
      @RequestParam(required = false) @Nullable SensitivityFlag flag,
      @RequestParam(required = false) @Nullable Integer page,
      Authentication auth,
      Model model) {
    boolean names = Permissions.holds(auth, Action.READ_NAMES);
    PersonFilter.refuseTextWithoutNames(q, names);
    PersonFilter filter = new PersonFilter(q, kind, unit, null, status, clearance, flag);
    model.addAttribute("filter", filter);
    var result = register.searchPeople(filter, PageRequest.of(page, 50));
    audit.consulted("people.search", PersonRefs.of(result.items()), result.items().size(), null);
    model.addAttribute("result", result.map(p -> ListedPerson.of(p, names)));
    model.addAttribute("seesNames", names);
    model.addAttribute("kinds", PersonKind.values());
    model.addAttribute("statuses", EmploymentStatus.values());
    model.addAttribute("levels", ClearanceLevel.values());
    model.addAttribute("flags", SensitivityFlag.values());
    model.addAttribute("units", register.units());
    return "register/people";
  }

  @GetMapping("/people/{payNumber}")
  String person(@PathVariable String payNumber, Model model) {
    String reason = audit.reasonFor(PersonRefs.VIEW, List.of(PersonRefs.of(payNumber)), null);
    var person = register.person(payNumber);
    audit.consulted(PersonRefs.VIEW, List.of(PersonRefs.of(person)), 1, reason);
    model.addAttribute("person", person);
    model.addAttribute(
        "rankTitle",
        register.ranks().stream()
            .filter(r -> r.code().equals(person.rankCode()))
            .map(r -> r.title())
            .findFirst()
            .orElse(person.grade()));
    model.addAttribute(
        "unit", person.unitCode() == null ? null : register.unit(person.unitCode()).orElse(null));
    model.addAttribute("locations", register.whereIsDataOf(person));
    model.addAttribute("taxonomy", register.taxonomy());
    return "register/person";
  }

  @GetMapping("/parties")
  String parties(Model model) {
    model.addAttribute("parties", register.parties());
    return "register/parties";
  }

  @GetMapping("/parties/{code}")
  String party(@PathVariable String code, Model model) {
    model.addAttribute("exposure", register.exposure(code));
    model.addAttribute("agreements", register.agreementsOf(code));
    model.addAttribute(
        "subProcessors",
        register.parties().stream().filter(p -> code.equals(p.parentCode())).toList());
    model.addAttribute("taxonomy", register.taxonomy());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("holdings", custody.holdings(code, null));
    List<HoldingsPoint> history = custody.history(code, HISTORY_MONTHS);
    model.addAttribute("history", history);
    model.addAttribute(
        "historyMax", Math.max(1, history.stream().mapToInt(HoldingsPoint::held).max().orElse(1)));
    model.addAttribute("transfers", custody.transfers(code, new PageRequest(1, 12)));
    model.addAttribute("deletions", custody.deletions(code, new PageRequest(1, 12)));
    model.addAttribute(
        "risk",
        findings.risks().stream().filter(r -> r.party().equals(code)).findFirst().orElse(null));
    model.addAttribute(
        "partyFindings",
        findings.list(new FindingFilter(null, null, code, null, FindingStatus.OPEN, null)));
    return "register/party";
  }

  @GetMapping("/systems")
  String systems(Model model) {
    model.addAttribute("systems", register.systems());
    return "register/systems";
  }

  @GetMapping("/systems/{code}")
  String system(@PathVariable String code, Model model) {
    var system = register.system(code);
    model.addAttribute("system", system);
    model.addAttribute(
        "host", system.hostCode() == null ? null : register.party(system.hostCode()));
    model.addAttribute("taxonomy", register.taxonomy());
    return "register/system";
  }

  @GetMapping("/agreements")
  String agreements(Model model) {
    model.addAttribute("agreements", register.agreements());
    model.addAttribute("today", LocalDate.now(clock));
    return "register/agreements";
  }
}
