package uk.warden.app.disclosure.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.disclosure.Expectations;
import uk.warden.app.disclosure.InspectionService;
import uk.warden.inspect.report.FileReport;

/**
 * The disclosure guard over HTTP: upload a file, get the same JSON report as {@code warden inspect
 * --json}. A file that cannot be read at all is a problem (400) naming the file and the reason.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Disclosure guard")
class InspectionsApiController {

  private final InspectionService inspections;

  InspectionsApiController(InspectionService inspections) {
    this.inspections = inspections;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Inspect an outgoing file for hidden content and personal data",
      description =
          "expect: aggregate (an FOI answer of counts: a table of people blocks) or records (a"
              + " file of people on purpose).")
  FileReport inspect(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String expect)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return inspections.inspect(in, file.getOriginalFilename(), Expectations.parse(expect));
    }
  }
}
