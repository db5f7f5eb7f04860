package uk.warden.app.custody.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.PartyHoldings;
import uk.warden.core.custody.HoldingsPoint;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** What a party holds: transfers minus attested deletions, with overdue data still counted. */
@RestController
@RequestMapping("/api/v1/parties/{code}/holdings")
@Tag(name = "Custody")
class HoldingsApiController {

  private static final int MAX_MONTHS = 240;

  private final CustodyService custody;

  HoldingsApiController(CustodyService custody) {
    this.custody = custody;
  }

  @GetMapping
  @Operation(summary = "What the party holds now, or held at an instant")
  PartyHoldings holdings(
      @PathVariable String code, @RequestParam(required = false) @Nullable Instant at) {
    return custody.holdings(code, at);
  }

  @GetMapping("/history")
  @Operation(summary = "How many people the party held at each month end, oldest first")
  List<HoldingsPoint> history(
      @PathVariable String code, @RequestParam(defaultValue = "36") int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new BadInputException(
          InputProblem.field("request", "months", "between 1 and " + MAX_MONTHS));
    }
    return custody.history(code, months);
  }
}
