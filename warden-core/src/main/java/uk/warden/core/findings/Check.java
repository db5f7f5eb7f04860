package uk.warden.core.findings;

import java.util.List;

/**
 * The code behind a kind of rule: looks at the snapshot and reports what it finds to the collector,
 * which turns each report into a {@link Finding} with the rule's texts and severity. A check never
 * decides severity or wording; the rule does.
 */
interface Check {

  /** The name rules use in their {@code check} field. */
  String name();

  /** The parameters a rule of this check may set, with their defaults. */
  List<ParamSpec> params();

  void run(Rule rule, FindingsInput input, FindingCollector out);
}
