package uk.warden.app.breach.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.warden.app.audit.Audit;
import uk.warden.app.breach.BreachService;
import uk.warden.app.breach.DeclaredIncident;
import uk.warden.app.breach.ImpactView;
import uk.warden.app.breach.IncidentDownloads;
import uk.warden.app.breach.IncidentRequest;
import uk.warden.core.breach.RegulatorReport;

/**
 * Incidents and their impact. The impact is computed afresh on every request from the custody
 * ledger as it stands; {@code GET /api/v1/impact?party=} asks the same of any party without
 * declaring an incident.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Breaches")
class IncidentsApiController {

  private final BreachService breaches;
  private final Audit audit;

  IncidentsApiController(BreachService breaches, Audit audit) {
    this.audit = audit;
    this.breaches = breaches;
  }

  @GetMapping("/incidents")
  @Operation(summary = "Incidents, most recently aware first")
  List<DeclaredIncident> list() {
    return breaches.incidents();
  }

  @PostMapping("/incidents")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Declare an incident; the id is generated when not given")
  DeclaredIncident declare(@RequestBody IncidentRequest request, Principal who) {
    return breaches.declare(request, who.getName());
  }

  @GetMapping("/incidents/{id}")
  @Operation(summary = "One incident")
  DeclaredIncident get(@PathVariable String id) {
    return breaches.incident(id);
  }

  @PutMapping("/incidents/{id}")
  @Operation(summary = "Replace an incident's facts as they become known")
  DeclaredIncident amend(@PathVariable String id, @RequestBody IncidentRequest request) {
    return breaches.amend(id, request);
  }

  @GetMapping("/incidents/{id}/impact")
  @Operation(summary = "Who and what the incident exposed: worst and best case, evidence, clock")
  ImpactView impact(@PathVariable String id) {
    ImpactView view = ImpactView.of(breaches.assess(id));
    audit.consulted("impact.view", List.of("incident:" + id), 1, null);
    return view;
  }

  @GetMapping("/incidents/{id}/report")
  @Operation(summary = "The ICO breach report draft: counts and categories only")
  RegulatorReport report(@PathVariable String id) {
    return breaches.assess(id).report();
  }

  @GetMapping(path = "/incidents/{id}/report.pdf", produces = "application/pdf")
  @Operation(summary = "The incident report as a PDF: counts and categories only")
  ResponseEntity<byte[]> reportPdf(@PathVariable String id) {
    return IncidentDownloads.pdf(breaches, id);
  }

  @GetMapping(path = "/incidents/{id}/notification-list", produces = "text/csv")
  @Operation(summary = "The people to tell (worst case), what was exposed for each, and how")
  ResponseEntity<StreamingResponseBody> notificationList(@PathVariable String id) {
    return IncidentDownloads.notificationList(breaches, audit, id);
  }

  @GetMapping("/impact")
  @Operation(summary = "What would be exposed if a party was breached over a window")
  ImpactView impactOfParty(
      @RequestParam String party,
      @RequestParam(required = false) @Nullable Instant from,
      @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(required = false) @Nullable Instant awareAt) {
    ImpactView view = ImpactView.of(breaches.assessParty(party, from, to, awareAt));
    audit.consulted("impact.view", List.of("party:" + party), 1, null);
    return view;
  }
}
