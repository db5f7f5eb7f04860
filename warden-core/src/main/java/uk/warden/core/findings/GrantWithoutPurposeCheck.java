package uk.warden.core.findings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.access.AccessType;
import uk.warden.core.access.Grant;

/**
 * Live grants with no recorded purpose. Every access needs a reason a reviewer can test (UK GDPR
 * Art 5(1)(b), and DPA 2018 s.36 for law-enforcement systems); a grant without one cannot be
 * reviewed, only rubber-stamped.
 */
final class GrantWithoutPurposeCheck implements Check {

  static final String NAME = "grant-without-purpose";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(
        ParamSpec.enumSet(
            "accessTypes",
            "which kinds of access need a purpose",
            AccessType.class,
            EnumSet.allOf(AccessType.class)));
  }

  @Override
  public void run(Rule rule, FindingsInput input, FindingCollector out) {
    Set<AccessType> types = rule.params().enums("accessTypes");
    AccessView view = input.accessView();
    for (Grant grant : input.access().grants()) {
      if (grant.hasPurpose() || !types.contains(grant.type()) || !view.live(grant)) {
        continue;
      }
      out.add(
          Subject.grant(grant.id()),
          "Grant "
              + grant.id()
              + " gives "
              + grant.holderId()
              + " "
              + GrantFacts.access(grant, input)
              + " with no purpose recorded.",
          GrantFacts.of(grant, input));
    }
  }
}
