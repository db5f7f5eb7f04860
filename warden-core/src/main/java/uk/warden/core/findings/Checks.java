package uk.warden.core.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every check a rule may name, as an explicit list: a rules file cannot load code. */
final class Checks {

  private static final Map<String, Check> BY_NAME = index();

  private Checks() {}

  static Optional<Check> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  static Map<String, Check> all() {
    return BY_NAME;
  }

  private static Map<String, Check> index() {
    Map<String, Check> byName = new LinkedHashMap<>();
    for (Check check :
        List.of(
            new GrantWithoutPurposeCheck(),
            new ExpiredGrantCheck(),
            new UnusedAccessCheck(),
            new LeaverAccessCheck(),
            new LapsedClearanceCheck(),
            new ClearanceBelowMarkingCheck(),
            new BulkLookupCheck(),
            new OutsideAgreementCheck(),
            new EndedAgreementCheck(),
            new AssuranceCheck(),
            new BreachClauseCheck(),
            new SubProcessorApprovalCheck(),
            new WorkforceConcentrationCheck(),
            new UnneededDataCheck())) {
      byName.put(check.name(), check);
    }
    return Collections.unmodifiableMap(byName);
  }
}
