package uk.warden.app.findings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.audit.Audit;
import uk.warden.app.findings.FindingAction;
import uk.warden.app.findings.FindingFilter;
import uk.warden.app.findings.FindingNote;
import uk.warden.app.findings.FindingStatus;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.findings.ListedFinding;
import uk.warden.core.findings.Severity;
import uk.warden.core.findings.risk.PartyRisk;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** The findings list over HTTP: read, filter, and act on findings; the suppliers' risk. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Findings")
class FindingsApiController {

  /** An assignment, resolution or reopening of the finding under {@code key}. */
  record DecisionBody(
      @Nullable String key,
      @Nullable FindingAction action,
      @Nullable String assignee,
      @Nullable String note) {}

  /** A finding with its history. */
  record FindingView(ListedFinding finding, List<FindingNote> history) {}

  private final FindingsService findings;
  private final Audit audit;

  FindingsApiController(FindingsService findings, Audit audit) {
    this.audit = audit;
    this.findings = findings;
  }

  @GetMapping("/findings")
  @Operation(
      summary = "Current findings, most severe first, with their state",
      description =
          "Filters: severity, rule, party, system, status (OPEN or RESOLVED), assignee. The"
              + " integrity watch's open losses are listed as rule unexplained-loss.")
  List<ListedFinding> list(
      @RequestParam(required = false) @Nullable Severity severity,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable String system,
      @RequestParam(required = false) @Nullable FindingStatus status,
      @RequestParam(required = false) @Nullable String assignee) {
    List<ListedFinding> found =
        findings.list(new FindingFilter(severity, rule, party, system, status, assignee));
    audit.consulted("findings.view", List.of(), found.size(), null);
    return found;
  }

  @GetMapping("/findings/one")
  @Operation(summary = "One finding by its key, with its history of decisions")
  FindingView one(@RequestParam String key) {
    return new FindingView(findings.get(key), findings.history(key));
  }

  @PostMapping("/findings/decisions")
  @Operation(
      summary = "Assign, resolve (a note is required) or reopen a finding",
      description = "action: ASSIGN (assignee required), RESOLVE (note required) or REOPEN.")
  FindingView decide(@RequestBody DecisionBody body, Principal who) {
    if (body.key() == null || body.key().isBlank()) {
      throw new BadInputException(InputProblem.field("decision", "key", "is required"));
    }
    if (body.action() == null) {
      throw new BadInputException(
          InputProblem.field("decision", "action", "is required: ASSIGN, RESOLVE or REOPEN"));
    }
    String key = body.key();
    switch (body.action()) {
      case ASSIGN -> findings.assign(key, body.assignee(), body.note(), who.getName());
      case RESOLVE -> findings.resolve(key, body.note(), who.getName());
      case REOPEN -> findings.reopen(key, body.note(), who.getName());
    }
    return one(key);
  }

  @GetMapping("/suppliers/risk")
  @Operation(
      summary = "Suppliers ranked by risk score, each contribution with its reason",
      description = "Open findings count against a supplier; resolved ones do not.")
  List<PartyRisk> risks() {
    return findings.risks();
  }
}
