package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.Agreement;

/** Agreements: contracts and data sharing agreements with parties. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementsApiController {

  private final RegisterService register;

  AgreementsApiController(RegisterService register) {
    this.register = register;
  }

  @GetMapping
  @Operation(summary = "All agreements")
  List<Agreement> list() {
    return register.agreements();
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
