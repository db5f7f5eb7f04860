package uk.warden.app.breach.web;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.warden.app.audit.Audit;
import uk.warden.app.breach.Assessment;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.breach.ImpactView;
import uk.warden.app.breach.IncidentDownloads;
import uk.warden.app.breach.IncidentRequest;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.register.RegisterService;
import uk.warden.core.breach.BreachType;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Party;

/** The incident pages: the list, the declaration form, and each incident's assessed impact. */
@Controller
class IncidentsWebController {

  private final BreachService breaches;
  private final RegisterService register;
  private final ForceSettings force;
  private final Audit audit;

  IncidentsWebController(
      BreachService breaches, RegisterService register, ForceSettings force, Audit audit) {
    this.audit = audit;
    this.breaches = breaches;
    this.register = register;
    this.force = force;
  }

  @GetMapping("/incidents")
  String incidents(Model model) {
    model.addAttribute("incidents", breaches.incidents());
    model.addAttribute("parties", register.parties());
    model.addAttribute("types", BreachType.values());
    return "breach/incidents";
  }

  @PostMapping("/incidents")
  String declare(
      @RequestParam(required = false) @Nullable String title,
      @RequestParam(required = false) @Nullable List<String> parties,
      @RequestParam(required = false) @Nullable BreachType type,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String awareAt,
      @RequestParam(required = false) @Nullable String discoveredAt,
      Principal who,
      Model model) {
    try {
      DeclaredIncident declared =
          breaches.declare(
              new IncidentRequest(
                  null,
                  title,
                  type,
                  parties,
                  List.of(),
                  List.of(),
                  time("from", from),
                  time("to", to),
                  time("discoveredAt", discoveredAt),
                  time("awareAt", awareAt),
                  null,
                  null,
                  null,
                  null,
                  null),
              who.getName());
      return "redirect:/incidents/" + declared.incident().id();
    } catch (BadInputException e) {
      model.addAttribute("problems", e.problems());
      return incidents(model);
    }
  }

  @GetMapping("/incidents/{id}")
  String incident(@PathVariable String id, Model model) {
    DeclaredIncident declared = breaches.incident(id);
    model.addAttribute("declared", declared);
    return show(breaches.assess(id), model);
  }

  @GetMapping("/incidents/{id}/report.pdf")
  ResponseEntity<byte[]> reportPdf(@PathVariable String id) {
    return IncidentDownloads.pdf(breaches, id);
  }

  @GetMapping("/incidents/{id}/notification-list.csv")
  ResponseEntity<StreamingResponseBody> notificationList(@PathVariable String id) {
    return IncidentDownloads.notificationList(breaches, audit, id);
  }

  /** "What if this party was breached?", with the same page as a declared incident. */
  @GetMapping("/impact")
  String whatIf(
      @RequestParam String party,
      @RequestParam(required = false) @Nullable Instant from,
      @RequestParam(required = false) @Nullable Instant to,
      Model model) {
    return show(breaches.assessParty(party, from, to, null), model);
  }

  /** A datetime-local field, in the force's time zone; blank means unknown. */
  private @Nullable Instant time(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(force.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          InputProblem.field("form", field, "not a date and time such as 2026-03-31T14:00"));
    }
  }

  private String show(Assessment assessment, Model model) {
    ImpactView view = ImpactView.of(assessment);
    model.addAttribute("view", view);
    model.addAttribute("worst", ImpactView.caseOf(assessment.impact().worstCase()));
    model.addAttribute("best", ImpactView.caseOf(assessment.impact().bestCase()));
    model.addAttribute("report", assessment.report());
    model.addAttribute("taxonomy", register.taxonomy());
    Map<String, String> partyNames = new TreeMap<>();
    for (Party party : register.parties()) {
      partyNames.put(party.code(), party.name());
    }
    model.addAttribute("partyNames", partyNames);
    return "breach/incident";
  }
}
