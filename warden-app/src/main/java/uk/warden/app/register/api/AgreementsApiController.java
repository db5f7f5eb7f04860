package uk.warden.app.register.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.ExtractRulesDraft;
import uk.warden.core.register.Regime;

/**
 * Agreements: contracts and data sharing agreements with parties, with the rules each extract for
 * the party is held to ({@code extracts}: whom, how many, how often, which formats; absent, no
 * extract may be made under the agreement).
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements")
class AgreementsApiController {

  /**
   * An agreement as JSON: the fields of the agreement, its extract rules checked field by field.
   */
  record AgreementBody(
      @Nullable String code,
      @Nullable String partyCode,
      @Nullable String title,
      @Nullable String purpose,
      @Nullable String lawfulBasis,
      @Nullable Regime regime,
      @Nullable Set<String> permittedCategories,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable Integer retentionMonths,
      @Nullable String exitTerms,
      @Nullable RulesBody extracts) {

    Agreement agreement() {
      List<InputProblem> missing = new ArrayList<>();
      required(missing, "code", code);
      required(missing, "partyCode", partyCode);
      required(missing, "title", title);
      required(missing, "regime", regime);
      required(missing, "start", start);
      if (!missing.isEmpty()) {
        throw new BadInputException(missing);
      }
      return new Agreement(
          code,
          partyCode,
          title,
          purpose,
          lawfulBasis,
          regime,
          permittedCategories == null ? Set.of() : permittedCategories,
          start,
          end,
          retentionMonths,
          exitTerms,
          extracts == null ? null : extracts.rules());
    }

    private static void required(List<InputProblem> problems, String name, @Nullable Object value) {
      if (value == null) {
        problems.add(InputProblem.field("request", name, "is required"));
      }
    }
  }

  /**
   * Extract rules as JSON. people: SERVING, UNITS or NAMED; units: only with UNITS; maxPeople and
   * frequency {extracts, days}: absent for no limit; formats: CSV, XLSX and/or ZIP.
   */
  record RulesBody(
      ExtractRules.@Nullable PeopleRule people,
      @Nullable Set<String> units,
      @Nullable Integer maxPeople,
      @Nullable FrequencyBody frequency,
      @Nullable Set<ExtractFormat> formats) {

    ExtractRules rules() {
      return new ExtractRulesDraft(
              people,
              units,
              maxPeople,
              frequency == null ? null : frequency.extracts(),
              frequency == null ? null : frequency.days(),
              formats)
          .rules("request", "extracts.");
    }
  }

  /** At most {@code extracts} extracts in any {@code days} days. */
  record FrequencyBody(@Nullable Integer extracts, @Nullable Integer days) {}

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
  @Operation(
      summary = "Add an agreement",
      description =
          "extracts: the rules its extracts are held to, {people: SERVING|UNITS|NAMED, units"
              + " (UNITS only), maxPeople, frequency: {extracts, days}, formats: [CSV, XLSX, ZIP]};"
              + " leave it out and no extract may be made under the agreement. A bad rule is a 400"
              + " naming the field (extracts.units, ...).")
  Agreement create(@RequestBody AgreementBody body) {
    return register.saveAgreement(body.agreement(), true);
  }

  @PutMapping("/{code}")
  @Operation(
      summary = "Change an agreement",
      description =
          "The whole agreement, extract rules included: leaving extracts out removes them.")
  Agreement update(@PathVariable String code, @RequestBody AgreementBody body) {
    Agreement agreement = body.agreement();
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
