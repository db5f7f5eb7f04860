package uk.warden.app.disclosure.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.disclosure.Decision;
import uk.warden.app.disclosure.Expectations;
import uk.warden.app.disclosure.InspectionEntry;
import uk.warden.app.disclosure.RecordedInspection;
import uk.warden.app.disclosure.ReleaseService;
import uk.warden.app.disclosure.ReleaseStatus;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;

/**
 * The disclosure guard over HTTP: upload a file, get the same JSON report as {@code warden inspect
 * --json}. A file that cannot be read at all is a problem (400) naming the file and the reason.
 *
 * <p>Every upload is recorded, with no switch to skip it: the record of what was inspected, by
 * whom, is the point, and a switch would let a blocked file be retried unrecorded until something
 * passed. Unrecorded checks of drafts are what {@code warden inspect} on the command line is for.
 * The recorded report carries its {@code id}, {@code status} and {@code sha256} beside the report's
 * own fields, and a file is releasable only after two different people approve it through {@code
 * /{id}/decisions}.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Disclosure guard")
class InspectionsApiController {

  /** A release decision as JSON. */
  record DecisionBody(@Nullable String decision, @Nullable String reason) {}

  private final ReleaseService releases;

  InspectionsApiController(ReleaseService releases) {
    this.releases = releases;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Inspect an outgoing file for hidden content and personal data, and record it",
      description =
          "expect: aggregate (an FOI answer of counts: a table of people blocks) or records (a"
              + " file of people on purpose). 201 with the report, its id, status and sha256;"
              + " Location names the recorded inspection.")
  ResponseEntity<RecordedInspection> inspect(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String expect,
      Principal who)
      throws IOException {
    RecordedInspection recorded;
    try (InputStream in = file.getInputStream()) {
      recorded =
          releases.inspect(
              in, file.getOriginalFilename(), Expectations.parse(expect), who.getName());
    }
    return ResponseEntity.created(URI.create("/api/v1/inspections/" + recorded.id()))
        .body(recorded);
  }

  @GetMapping
  @Operation(summary = "Recorded inspections, newest first, optionally in one status")
  Page<InspectionEntry> list(
      @RequestParam(required = false) @Nullable ReleaseStatus status,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return releases.inspections(status, PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One recorded inspection: its report, status and the decisions so far")
  RecordedInspection get(@PathVariable long id) {
    return releases.inspection(id);
  }

  @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Approve or reject an inspected file for release",
      description =
          "decision: APPROVE or REJECT; reason: required to reject, and at least three words to"
              + " approve a REVIEW verdict. Two different people must approve; a BLOCK verdict, a"
              + " second approval by the same person and a decided inspection are refused (409).")
  RecordedInspection decide(@PathVariable long id, @RequestBody DecisionBody body, Principal who) {
    return releases.decide(id, Decision.parse(body.decision()), body.reason(), who.getName());
  }
}
