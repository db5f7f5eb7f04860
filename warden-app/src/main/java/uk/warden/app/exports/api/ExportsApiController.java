package uk.warden.app.exports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
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
import uk.warden.app.exports.CheckedFile;
import uk.warden.app.exports.ExportService;
import uk.warden.app.exports.ExtractCheck;
import uk.warden.app.exports.ExtractChecker;
import uk.warden.app.exports.ExtractDownloads;
import uk.warden.app.exports.ExtractRequest;
import uk.warden.app.exports.ExtractStatus;
import uk.warden.app.exports.ExtractTable;
import uk.warden.app.exports.PhotoFolder;
import uk.warden.app.exports.RecordedExtract;
import uk.warden.app.exports.TracedFile;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.UploadNames;
import uk.warden.app.platform.Uploads;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.inspect.report.Verdict;

/**
 * Governed exports over HTTP, the same service calls as {@code warden export}, {@code warden export
 * check} and {@code warden trace}: make an extract under an agreement (held for a second person's
 * approval above the threshold, otherwise released and recorded as a transfer at once), approve or
 * refuse a held one, fetch a released one's file, check a file made elsewhere against its
 * agreement, and trace a found file back to the extracts it can have come from. The extract's file
 * is only ever in the answer to {@code /{id}/file}, never in the JSON.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
class ExportsApiController {

  /** An extract to make, as JSON: the people by pay number. */
  record ExtractBody(
      @Nullable String agreement, @Nullable List<String> people, @Nullable String format) {}

  /** A decision on a held extract. */
  record ApprovalBody(@Nullable String decision, @Nullable String note) {}

  private final ExportService exports;
  private final ExtractChecker checker;
  private final ExtractDownloads downloads;
  private final PhotoFolder photos;

  ExportsApiController(
      ExportService exports,
      ExtractChecker checker,
      ExtractDownloads downloads,
      PhotoFolder photos) {
    this.exports = exports;
    this.checker = checker;
    this.downloads = downloads;
    this.photos = photos;
  }

  @GetMapping
  @Operation(
      summary = "Extracts, newest first, optionally under one agreement and/or in one status",
      description = "status: HELD, RELEASED or REFUSED.")
  Page<RecordedExtract> list(
      @RequestParam(required = false) @Nullable String agreement,
      @RequestParam(required = false) @Nullable ExtractStatus status,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return Page.of(exports.extracts(agreement, status), PageRequest.of(page, size));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Make an extract for a party under its agreement",
      description =
          "agreement: its code; people: pay numbers (required when the agreement's people rule is"
              + " NAMED, otherwise everyone the rule allows); format: csv (default), xlsx, or zip (the"
              + " CSV with each person's photo, metadata stripped, from the server's"
              + " warden.exports.photos-dir). 201 with the extract and"
              + " Location: RELEASED with its transferId (fetch the file from /{id}/file), or HELD"
              + " with the approvalReasons until a different person approves it. An agreement not"
              + " in force, or an extract over its size, format or frequency rules, is refused"
              + " (409).")
  ResponseEntity<RecordedExtract> make(@RequestBody ExtractBody body, Principal who) {
    if (body.agreement() == null || body.agreement().isBlank()) {
      throw new BadInputException(InputProblem.field("request", "agreement", "is required"));
    }
    RecordedExtract made =
        exports
            .export(
                new ExtractRequest(
                    body.agreement(), body.people(), format(body.format()), photos.path(), true),
                who.getName())
            .recorded();
    return ResponseEntity.created(URI.create("/api/v1/exports/" + made.id())).body(made);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One extract: where it stands, its columns, people count and SHA-256")
  RecordedExtract get(@PathVariable long id) {
    return exports.extract(id);
  }

  @GetMapping("/{id}/file")
  @Operation(
      summary = "A released extract's file",
      description =
          "The bytes as made (their SHA-256 is the extract's sha256), as an attachment; each fetch"
              + " is on the audit record. A held or refused extract has no file to fetch (409).")
  ResponseEntity<byte[]> file(@PathVariable long id) {
    return downloads.file(id);
  }

  @PostMapping(path = "/{id}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Approve or refuse a held extract",
      description =
          "decision: APPROVE or REFUSE; note: required to refuse. Approving releases the extract"
              + " and records it as a transfer with the approver named. Its maker may not approve"
              + " it, and an extract decided already is refused (409).")
  RecordedExtract decide(@PathVariable long id, @RequestBody ApprovalBody body, Principal who) {
    String decision =
        body.decision() == null ? "" : body.decision().strip().toUpperCase(Locale.ROOT);
    return switch (decision) {
      case "APPROVE" -> exports.approve(id, who.getName());
      case "REFUSE" -> exports.refuse(id, who.getName(), body.note());
      default ->
          throw new BadInputException(
              InputProblem.field("request", "decision", "must be APPROVE or REFUSE"));
    };
  }

  @PostMapping(path = "/checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Check an extract made elsewhere against its agreement, and keep the check",
      description =
          "file: the extract (CSV, TSV, XLSX, ...); agreement: its code; record: true to record a"
              + " file that passes as the transfer (it needs a pay_number column). 200 with the"
              + " verdict, its problems [{code, detail}] and the transferId when recorded. A BLOCK"
              + " is an answer, not an error: it is kept on the agreement's record and never"
              + " recorded as sent.")
  CheckedFile check(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String agreement,
      @RequestParam(defaultValue = "false") boolean record,
      Principal who) {
    if (agreement == null || agreement.isBlank()) {
      throw new BadInputException(InputProblem.field("request", "agreement", "is required"));
    }
    String name = UploadNames.of(file);
    byte[] content = Uploads.bytes(file, ExtractTable.MAX_BYTES, "is over 200 MB");
    ExtractCheck check = checker.check(agreement, name, content, who.getName());
    boolean passed = check.verdict() == Verdict.PASS;
    return exports.keep(check, name, who.getName(), record && passed);
  }

  @PostMapping(path = "/traces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Trace a leaked or found table back to the extracts it can have come from",
      description =
          "file: a CSV, TSV or XLSX (every sheet, hidden ones too). verdict: TRACED, AMBIGUOUS or"
              + " UNKNOWN, the matches best first with the party, agreement, date and transfer of"
              + " each, and canarySightings: extracts whose canaries the file carries. A sighting"
              + " is a breach signal and is recorded.")
  TraceResult trace(@RequestPart("file") MultipartFile file, Principal who) {
    String name = UploadNames.of(file);
    byte[] content = Uploads.bytes(file, ExtractTable.MAX_BYTES, "is over 200 MB");
    List<List<String>> rows = ExtractTable.read(name, content).rows();
    TracedFile traced = exports.trace(name, content, rows, who.getName());
    return TraceResult.of(traced);
  }

  private ExtractFormat format(@Nullable String format) {
    ExtractFormat chosen =
        format == null || format.isBlank()
            ? ExtractFormat.CSV
            : ExtractFormat.ofWord(format)
                .orElseThrow(
                    () ->
                        new BadInputException(
                            InputProblem.field("request", "format", "must be csv, xlsx or zip")));
    if (chosen == ExtractFormat.ZIP && photos.path() == null) {
      throw new BadInputException(
          InputProblem.field(
              "request",
              "format",
              "zip needs the folder of photos on the server (warden.exports.photos-dir)"));
    }
    return chosen;
  }
}
