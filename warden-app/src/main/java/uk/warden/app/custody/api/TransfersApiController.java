package uk.warden.app.custody.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.TransferRequest;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.UploadNames;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.importing.PayNumberList;

/**
 * Transfers: what went to which party. Record one with the people listed by pay number in JSON, or
 * upload the file that was sent (CSV or XLSX with a pay number column) with the other facts as form
 * fields; the upload's SHA-256 is then recorded unless another fingerprint is given.
 */
@RestController
@RequestMapping("/api/v1/transfers")
@Tag(name = "Custody")
class TransfersApiController {

  /** A transfer as JSON: the people by pay number. */
  record TransferBody(
      @Nullable Instant at,
      @Nullable String fromSystem,
      @Nullable String toParty,
      @Nullable String toSystem,
      @Nullable String agreement,
      @Nullable Set<String> categories,
      @Nullable List<String> payNumbers,
      @Nullable TransferMethod method,
      @Nullable String sha256,
      @Nullable String approvedBy) {}

  private final CustodyService custody;

  TransfersApiController(CustodyService custody) {
    this.custody = custody;
  }

  @GetMapping
  @Operation(summary = "Transfers, newest first, optionally to one party")
  Page<TransferSummary> list(
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return custody.transfers(party, PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One transfer")
  TransferSummary get(@PathVariable long id) {
    return custody.transfer(id);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a transfer with the people listed by pay number")
  TransferSummary record(@RequestBody TransferBody body, Principal who) {
    return custody.record(
        new TransferRequest(
            "request",
            body.at(),
            body.fromSystem(),
            body.toParty(),
            body.toSystem(),
            body.agreement(),
            body.categories() == null ? Set.of() : body.categories(),
            TransferRequest.listed(body.payNumbers() == null ? List.of() : body.payNumbers()),
            body.method(),
            body.sha256(),
            body.approvedBy()),
        who.getName());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a transfer from the uploaded file of pay numbers")
  TransferSummary upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable Instant at,
      @RequestParam(required = false) @Nullable String fromSystem,
      @RequestParam(required = false) @Nullable String toParty,
      @RequestParam(required = false) @Nullable String toSystem,
      @RequestParam(required = false) @Nullable String agreement,
      @RequestParam(required = false) @Nullable List<String> categories,
      @RequestParam(required = false) @Nullable TransferMethod method,
      @RequestParam(required = false) @Nullable String sha256,
      @RequestParam(required = false) @Nullable String approvedBy,
      Principal who) {
    String name = UploadNames.of(file);
    PayNumberList.Fingerprinted read;
    try (InputStream in = file.getInputStream()) {
      read = PayNumberList.readFingerprinted(name, in);
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(name, "the upload could not be read"));
    }
    return custody.record(
        new TransferRequest(
            name,
            at,
            fromSystem,
            toParty,
            toSystem,
            agreement,
            categories == null ? Set.of() : Set.copyOf(categories),
            read.entries(),
            method,
            sha256 != null ? sha256 : read.sha256(),
            approvedBy),
        who.getName());
  }
}
