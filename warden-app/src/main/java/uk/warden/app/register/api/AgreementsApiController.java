package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.Agreement;

/** Agreements: contracts and data sharing agreements with parties. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementsApiController {

  private final RegisterService register;
  private final Clock clock;

  AgreementsApiController(RegisterService register, Clock clock) {
    this.register = register;
    this.clock = clock;
  }

  @GetMapping
  @Operation(summary = "Agreements, a page at a time, by party and/or active today")
  Page<Agreement> list(
      @RequestParam(required = false) @Nullable String party,
      @RequestParam(required = false) @Nullable Boolean active,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return register.findAgreements(party, active, LocalDate.now(clock), PageRequest.of(page, size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One agreement")
  Agreement get(@PathVariable String code) {
    return register.agreement(code);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an agreement")
  Agreement create(@RequestBody Agreement agreement) {
    return register.saveAgreement(agreement, true);
  }

  @PutMapping("/{code}")
  @Operation(summary = "Change an agreement")
  Agreement update(@PathVariable String code, @RequestBody Agreement agreement) {
    PathCodes.requireSame(code, agreement.code());
    return register.saveAgreement(agreement, false);
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove an agreement")
  void delete(@PathVariable String code) {
    register.deleteAgreement(code);
  }
}
