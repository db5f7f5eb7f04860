package uk.warden.app.custody.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.DeletionRequest;
import uk.warden.app.custody.DeletionSummary;
import uk.warden.app.custody.TransferRequest;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.platform.UploadNames;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.importing.PayNumberList;

/**
 * Deletion attestations: a party's word, with evidence, that it destroyed everything it held, one
 * transfer ({@code transferId}), or the people listed (by pay number, or in an uploaded file).
 */
@RestController
@RequestMapping("/api/v1/deletions")
@Tag(name = "Custody")
class DeletionsApiController {

  /** A deletion as JSON; with neither a transfer nor pay numbers it covers everything held. */
  record DeletionBody(
      @Nullable String party,
      @Nullable Instant at,
      @Nullable Long transferId,
      @Nullable List<String> payNumbers,
      @Nullable String evidence) {}

  private final CustodyService custody;

  DeletionsApiController(CustodyService custody) {
    this.custody = custody;
  }

  @GetMapping
  @Operation(summary = "Deletion attestations, newest first, optionally of one party")
  Page<DeletionSummary> list(
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return custody.deletions(party, PageRequest.of(page, size));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a deletion attestation")
  DeletionSummary record(@RequestBody DeletionBody body, Principal who) {
    return custody.record(
        new DeletionRequest(
            "request",
            body.party(),
            body.at(),
            body.transferId(),
            TransferRequest.listed(body.payNumbers() == null ? List.of() : body.payNumbers()),
            body.evidence()),
        who.getName());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record the deletion of the people in the uploaded file of pay numbers")
  DeletionSummary upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable Instant at,
      @RequestParam(required = false) @Nullable String evidence,
      Principal who) {
    String name = UploadNames.of(file);
    try (InputStream in = file.getInputStream()) {
      return custody.record(
          new DeletionRequest(name, party, at, null, PayNumberList.read(name, in), evidence),
          who.getName());
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(name, "the upload could not be read"));
    }
  }
}
