package uk.warden.app.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.warden.app.audit.Audit;
import uk.warden.app.audit.AuditFilter;
import uk.warden.app.audit.AuditService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.PageRequest;
import uk.warden.core.access.Operation;

/** The audit log for an auditor: filter by who, what, which record and when; check the chain. */
@Controller
class AuditWebController {

  private final AuditService log;
  private final Audit audit;
  private final ZoneId zone;

  AuditWebController(AuditService log, Audit audit, ForceSettings force) {
    this.log = log;
    this.audit = audit;
    this.zone = force.zone();
  }

  @GetMapping("/audit")
  String list(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) @Nullable Operation operation,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(required = false) @Nullable Integer page,
      Model model) {
    AuditFilter filter =
        new AuditFilter(
            actor,
            operation,
            action,
            record,
            from == null ? null : from.atStartOfDay(zone).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    var entries = log.search(filter, PageRequest.of(page, 100));
    // Reading the log is itself on record: who looked at whose trail.
    audit.consulted(
        "audit.view",
        entries.items().stream().map(e -> "audit:" + e.seq()).toList(),
        entries.items().size(),
        null);
    model.addAttribute("filter", filter);
    model.addAttribute("fromDate", from);
    model.addAttribute("toDate", to);
    model.addAttribute("operations", Operation.values());
    model.addAttribute("entries", entries);
    model.addAttribute("head", log.head());
    return "audit/list";
  }

  @GetMapping("/audit/verify")
  String verify(Model model) {
    model.addAttribute("report", log.verify(List.of()));
    audit.consulted("audit.verify", List.of(), 0, null);
    return "audit/verify";
  }
}
