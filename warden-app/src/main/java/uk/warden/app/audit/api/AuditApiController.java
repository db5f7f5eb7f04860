package uk.warden.app.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.audit.Audit;
import uk.warden.app.audit.AuditFilter;
import uk.warden.app.audit.AuditService;
import uk.warden.app.audit.ChainAnchors;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.core.audit.AuditEntry;
import uk.warden.core.audit.AuditJson;
import uk.warden.core.audit.ChainReport;

/**
 * The audit log over HTTP: search it, check the chain, and pull it as JSON lines from a position on
 * (what a SIEM collector polls).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApiController {

  private final AuditService log;
  private final Audit audit;

  AuditApiController(AuditService log, Audit audit) {
    this.log = log;
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      summary = "Audit entries, newest first, filtered by user, operation, action, record, time")
  Page<AuditEntry> search(
      @RequestParam(required = false) @Nullable String actor,
      @RequestParam(required = false) uk.warden.core.access.@Nullable Operation operation,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(required = false) @Nullable Instant from,
      @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    Page<AuditEntry> found =
        log.search(
            new AuditFilter(actor, operation, action, record, from, to),
            PageRequest.of(page, size));
    audit.consulted(
        "audit.view",
        found.items().stream().map(e -> "audit:" + e.seq()).toList(),
        found.items().size(),
        null);
    return found;
  }

  @GetMapping("/verify")
  @Operation(
      summary =
          "Check the whole chain; anchor=SEQ:HASH (repeatable) also checks it against heads"
              + " recorded elsewhere")
  ChainReport verify(@RequestParam(required = false) @Nullable List<String> anchor) {
    ChainReport report =
        log.verify(ChainAnchors.parse("query", anchor == null ? List.of() : anchor));
    audit.consulted("audit.verify", List.of(), 0, null);
    return report;
  }

  /** Written in the request's own thread, so the log is read under the caller's identity. */
  @GetMapping(path = "/entries", produces = "application/x-ndjson")
  @Operation(summary = "Entries after a position, oldest first, as JSON lines for a SIEM")
  void entries(@RequestParam(defaultValue = "0") long after, HttpServletResponse response)
      throws IOException {
    audit.disclosed("audit.export", List.of("audit:after-" + after), 0, List.of(), null);
    response.setContentType("application/x-ndjson;charset=UTF-8");
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    log.export(
        after,
        entry -> {
          writer.write(AuditJson.line(entry));
          writer.write('\n');
        });
    writer.flush();
  }
}
