package uk.warden.core.findings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns what a check reports into findings of its rule, each with a key unique in the run. */
final class FindingCollector {

  private final Rule rule;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  FindingCollector(Rule rule) {
    this.rule = rule;
  }

  void add(Subject subject, String summary, Facts facts) {
    String key = rule.code() + "/" + subject.keyPart();
    if (!keys.add(key)) {
      throw new IllegalStateException(
          "check " + rule.check() + " reported " + key + " twice in one evaluation");
    }
    findings.add(
        new Finding(
            key,
            rule.code(),
            rule.check(),
            rule.severity(),
            subject,
            rule.title(),
            summary,
            rule.explanation(),
            rule.evidence(),
            facts.list(),
            rule.fix()));
  }

  List<Finding> findings() {
    return findings;
  }
}
