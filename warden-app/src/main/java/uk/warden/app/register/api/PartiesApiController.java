package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import uk.warden.app.register.PartyExposure;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/** Parties: internal departments, suppliers and their sub-processors. */
@RestController
@RequestMapping("/api/v1/parties")
@Tag(name = "Parties")
class PartiesApiController {

  private final RegisterService register;

  PartiesApiController(RegisterService register) {
    this.register = register;
  }

  @GetMapping
  @Operation(summary = "Parties, a page at a time, by kind and/or text in code or name")
  Page<Party> list(
      @RequestParam(required = false) @Nullable PartyKind kind,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return register.findParties(kind, q, PageRequest.of(page, size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One party")
  Party get(@PathVariable String code) {
    return register.party(code);
  }

  @GetMapping("/{code}/exposure")
  @Operation(summary = "What a party can reach: people, highest marking, high-risk combination")
  PartyExposure exposure(@PathVariable String code) {
    return register.exposure(code);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a party")
  Party create(@RequestBody Party party) {
    return register.saveParty(party, true);
  }

  @PutMapping("/{code}")
  @Operation(summary = "Change a party")
  Party update(@PathVariable String code, @RequestBody Party party) {
    PathCodes.requireSame(code, party.code());
    return register.saveParty(party, false);
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a party that hosts no systems and has no agreements")
  void delete(@PathVariable String code) {
    register.deleteParty(code);
  }
}
