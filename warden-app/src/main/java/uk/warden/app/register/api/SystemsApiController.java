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
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.DataSystem;

/** Systems: where data lives, in-house or at a party. */
@RestController
@RequestMapping("/api/v1/systems")
@Tag(name = "Systems")
class SystemsApiController {

  private final RegisterService register;

  SystemsApiController(RegisterService register) {
    this.register = register;
  }

  @GetMapping
  @Operation(summary = "Systems, a page at a time, by host party (or in-house) and/or text")
  Page<DataSystem> list(
      @RequestParam(required = false) @Nullable String host,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    return register.findSystems(host, q, PageRequest.of(page, size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One system")
  DataSystem get(@PathVariable String code) {
    return register.system(code);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a system")
  DataSystem create(@RequestBody DataSystem system) {
    return register.saveSystem(system, true);
  }

  @PutMapping("/{code}")
  @Operation(summary = "Change a system")
  DataSystem update(@PathVariable String code, @RequestBody DataSystem system) {
    PathCodes.requireSame(code, system.code());
    return register.saveSystem(system, false);
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a system")
  void delete(@PathVariable String code) {
    register.deleteSystem(code);
  }
}
