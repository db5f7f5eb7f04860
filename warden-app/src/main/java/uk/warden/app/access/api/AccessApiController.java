package uk.warden.app.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.access.AccessService;
import uk.warden.app.platform.UploadNames;
import uk.warden.core.access.ingest.LogFormat;

/** Access events over HTTP: a log shipper posts its files here. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access")
class AccessApiController {

  /** What an ingest kept. */
  record IngestBody(
      long ingest,
      String source,
      String format,
      int lines,
      long events,
      long added,
      long duplicates) {

    static IngestBody of(AccessService.Ingested done) {
      return new IngestBody(
          done.id(),
          done.summary().source(),
          done.summary().format().name(),
          done.summary().lines(),
          done.summary().events(),
          done.newEvents(),
          done.duplicates());
    }
  }

  /** How big the directory and the event store are. */
  record AccessCounts(int principals, int grants, long events) {}

  private final AccessService access;

  AccessApiController(AccessService access) {
    this.access = access;
  }

  @PostMapping(path = "/access-events", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Ingest an access log file (JSON lines or CSV, told by name or content)",
      description =
          "The file is accepted whole or refused with every bad line named; events already"
              + " ingested are kept and counted once.")
  IngestBody upload(@RequestParam("file") MultipartFile file, Principal who) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return IngestBody.of(access.ingest(UploadNames.of(file), in, who.getName()));
    }
  }

  @PostMapping(
      path = "/access-events",
      consumes = {"application/x-ndjson", "application/jsonl", "text/csv"})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Ingest access events sent as the body: JSON lines or CSV with a header row",
      description = "source names the batch in problems (default: the request).")
  IngestBody post(
      HttpServletRequest request,
      @RequestParam(required = false) @Nullable String source,
      Principal who)
      throws IOException {
    LogFormat format =
        request.getContentType().startsWith("text/csv") ? LogFormat.CSV : LogFormat.JSON_LINES;
    String name = source == null || source.isBlank() ? "request body" : source.strip();
    try (InputStream in = request.getInputStream()) {
      return IngestBody.of(access.ingest(name, in, format, who.getName()));
    }
  }

  @GetMapping("/access")
  @Operation(summary = "How many principals and live grants the directory holds, and events kept")
  AccessCounts counts() {
    var directory = access.directory();
    return new AccessCounts(
        directory.principals().size(), directory.grants().size(), access.eventCount());
  }
}
