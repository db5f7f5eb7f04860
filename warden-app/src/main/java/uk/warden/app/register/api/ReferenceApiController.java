package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.register.Dashboard;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.Rank;
import uk.warden.core.register.Unit;

/** The reference data the register is written in: categories, ranks, units; and the summary. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference")
class ReferenceApiController {

  private final RegisterService register;

  ReferenceApiController(RegisterService register) {
    this.register = register;
  }

  @GetMapping("/categories")
  @Operation(summary = "The data-category taxonomy (versioned data)")
  Collection<DataCategory> categories() {
    return register.taxonomy().categories();
  }

  @GetMapping("/ranks")
  @Operation(summary = "The force's rank table, most junior first")
  List<Rank> ranks() {
    return register.ranks();
  }

  @GetMapping("/units")
  @Operation(summary = "Units, departments and teams")
  List<Unit> units() {
    return register.units();
  }

  @GetMapping("/dashboard")
  @Operation(summary = "Totals and the parties holding data on the most people")
  Dashboard dashboard() {
    return register.dashboard();
  }
}
